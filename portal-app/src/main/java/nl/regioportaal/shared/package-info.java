/**
 * Shared kernel: the entity base class, i18n and the exceptions every feature's service uses to
 * report bad input in a way the UI can show next to the field. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.regioportaal.shared;
