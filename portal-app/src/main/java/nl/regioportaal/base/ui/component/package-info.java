/**
 * Small form components every feature view may use: {@code FormDialog}, {@code SearchBar},
 * {@code DateField}, {@code UploadTexts}. Published as the named interface {@code base::component}.
 */
@NamedInterface("component")
package nl.regioportaal.base.ui.component;

import org.springframework.modulith.NamedInterface;
