-- The methods library as shipped: the incident method (with the phase times of the issue), the
-- gossip method ("roddelmethode"), Balint and moral case deliberation ("moreel beraad"), each as
-- version 1 with Dutch and English instructions. The process supervisor edits them as new versions.

INSERT INTO peer_method (code, retired) VALUES
    ('incidentmethode', FALSE), ('roddelmethode', FALSE), ('balint', FALSE), ('moreel-beraad', FALSE);

INSERT INTO peer_method_version (method_id, number, name_nl, name_en, group_chooses, created_at)
SELECT id, 1, 'Incidentmethode', 'Incident method', TRUE, CURRENT_TIMESTAMP(6) FROM peer_method WHERE code = 'incidentmethode';
INSERT INTO peer_method_version (method_id, number, name_nl, name_en, group_chooses, created_at)
SELECT id, 1, 'Roddelmethode', 'Gossip method', FALSE, CURRENT_TIMESTAMP(6) FROM peer_method WHERE code = 'roddelmethode';
INSERT INTO peer_method_version (method_id, number, name_nl, name_en, group_chooses, created_at)
SELECT id, 1, 'Balintmethode', 'Balint method', FALSE, CURRENT_TIMESTAMP(6) FROM peer_method WHERE code = 'balint';
INSERT INTO peer_method_version (method_id, number, name_nl, name_en, group_chooses, created_at)
SELECT id, 1, 'Moreel beraad (dilemmamethode)', 'Moral case deliberation (dilemma method)', FALSE, CURRENT_TIMESTAMP(6)
FROM peer_method WHERE code = 'moreel-beraad';

INSERT INTO peer_method_phase (method_version_id, position, name_nl, name_en, minutes, speaker, instruction_nl, instruction_en)
SELECT v.id, p.position, p.name_nl, p.name_en, p.minutes, p.speaker, p.instruction_nl, p.instruction_en
FROM peer_method_version v JOIN peer_method m ON m.id = v.method_id
JOIN (
    SELECT 'incidentmethode' AS code, 0 AS position, 'Terugblik op eerder advies' AS name_nl, 'Review of previous advice' AS name_en, 5 AS minutes, 'EVERYONE' AS speaker,
           'De inbrenger van de vorige keer vertelt kort wat hij of zij met de adviezen heeft gedaan.' AS instruction_nl,
           'Last time''s case bringer briefly tells what they did with the advice.' AS instruction_en
    UNION ALL SELECT 'incidentmethode', 1, 'Casus inbrengen en kiezen', 'Bring and choose a case', 15, 'GROUP',
           'Wie een casusvraag heeft, licht die in één minuut toe. De groep kiest één casus; de inbrenger formuleert de vraag scherp.',
           'Whoever has a case question explains it in one minute. The group chooses one case; its bringer sharpens the question.'
    UNION ALL SELECT 'incidentmethode', 2, 'Alleen vragen', 'Questions only', 15, 'GROUP',
           'De groep stelt alleen informatieve vragen, geen adviezen of meningen. De inbrenger antwoordt kort.',
           'The group asks informative questions only, no advice or opinions. The case bringer answers briefly.'
    UNION ALL SELECT 'incidentmethode', 3, 'Analyse zonder de inbrenger', 'Analysis without the case bringer', 10, 'GROUP_WITHOUT_CASE_BRINGER',
           'De inbrenger luistert en zwijgt. De groep analyseert: wat speelt er, wat is de kern van het probleem?',
           'The case bringer listens and stays silent. The group analyses: what is going on, what is the heart of the problem?'
    UNION ALL SELECT 'incidentmethode', 4, 'Adviesronde', 'Advice round', 10, 'GROUP',
           'Ieder geeft één concreet advies, beginnend met "Als ik jou was…". De inbrenger noteert zonder te reageren.',
           'Each member gives one concrete piece of advice, starting with "If I were you…". The case bringer notes it without reacting.'
    UNION ALL SELECT 'incidentmethode', 5, 'Evaluatie', 'Evaluation', 10, 'EVERYONE',
           'De inbrenger zegt wat hij of zij meeneemt. Daarna: wat leerden we als groep, en hoe verliep het proces?',
           'The case bringer says what they take away. Then: what did we learn as a group, and how did the process go?'
    UNION ALL SELECT 'roddelmethode', 0, 'Inbreng', 'Bringing the case', 10, 'CASE_BRINGER',
           'De inbrenger vertelt de casus en de vraag die hij of zij eraan heeft.',
           'The case bringer tells the case and their question about it.'
    UNION ALL SELECT 'roddelmethode', 1, 'Verhelderende vragen', 'Clarifying questions', 10, 'GROUP',
           'De groep stelt vragen om de situatie goed te begrijpen.',
           'The group asks questions to understand the situation well.'
    UNION ALL SELECT 'roddelmethode', 2, 'Roddelen', 'Gossip', 15, 'GROUP_WITHOUT_CASE_BRINGER',
           'De inbrenger draait de stoel om en luistert. De groep praat over de inbrenger alsof die er niet is: vermoedens, beelden, gevoelens.',
           'The case bringer turns their chair and listens. The group talks about the case bringer as if they were not there: hunches, images, feelings.'
    UNION ALL SELECT 'roddelmethode', 3, 'Reactie van de inbrenger', 'The case bringer responds', 10, 'CASE_BRINGER',
           'De inbrenger draait terug en vertelt wat raakte, wat herkenbaar was en wat niet.',
           'The case bringer turns back and says what touched them, what they recognised and what not.'
    UNION ALL SELECT 'roddelmethode', 4, 'Afronding', 'Closing', 5, 'EVERYONE',
           'Wat neemt de inbrenger mee, en wat de groep?',
           'What does the case bringer take away, and what does the group?'
    UNION ALL SELECT 'balint', 0, 'Casus vertellen', 'Telling the case', 10, 'CASE_BRINGER',
           'De inbrenger vertelt uit het hoofd over een werkrelatie die hem of haar bezighoudt.',
           'The case bringer tells, from memory, about a working relationship that preoccupies them.'
    UNION ALL SELECT 'balint', 1, 'Feitelijke vragen', 'Factual questions', 5, 'GROUP',
           'Alleen korte vragen naar feiten die ontbreken.',
           'Only short questions about missing facts.'
    UNION ALL SELECT 'balint', 2, 'Associëren', 'Associating', 25, 'GROUP_WITHOUT_CASE_BRINGER',
           'De inbrenger luistert. De groep deelt gevoelens, fantasieën en beelden die de casus oproept.',
           'The case bringer listens. The group shares the feelings, fantasies and images the case evokes.'
    UNION ALL SELECT 'balint', 3, 'Inbrenger reageert', 'The case bringer responds', 10, 'CASE_BRINGER',
           'De inbrenger vertelt wat de associaties losmaakten.',
           'The case bringer tells what the associations stirred.'
    UNION ALL SELECT 'balint', 4, 'Afronding', 'Closing', 10, 'EVERYONE',
           'Wat hebben we gezien over de relatie tussen professional en cliënt?',
           'What have we seen about the relationship between professional and client?'
    UNION ALL SELECT 'moreel-beraad', 0, 'Casus en dilemma', 'Case and dilemma', 10, 'CASE_BRINGER',
           'De inbrenger vertelt de casus en formuleert het morele dilemma: moet ik A of B doen?',
           'The case bringer tells the case and states the moral dilemma: should I do A or B?'
    UNION ALL SELECT 'moreel-beraad', 1, 'Feiten verhelderen', 'Clarifying facts', 10, 'GROUP',
           'De groep vraagt naar de feiten die nodig zijn om het dilemma te begrijpen.',
           'The group asks for the facts needed to understand the dilemma.'
    UNION ALL SELECT 'moreel-beraad', 2, 'Perspectieven en waarden', 'Perspectives and values', 15, 'GROUP',
           'Wie zijn betrokken, welke waarden en normen spelen voor ieder van hen?',
           'Who is involved, and which values and norms matter to each of them?'
    UNION ALL SELECT 'moreel-beraad', 3, 'Handelingsopties', 'Options', 15, 'GROUP',
           'Welke mogelijkheden zijn er, en wat betekent elke keuze voor de betrokkenen?',
           'What options are there, and what does each choice mean for those involved?'
    UNION ALL SELECT 'moreel-beraad', 4, 'Afweging en besluit', 'Weighing and decision', 10, 'EVERYONE',
           'Ieder zegt wat hij of zij zou doen en waarom; de inbrenger besluit.',
           'Everyone says what they would do and why; the case bringer decides.'
    UNION ALL SELECT 'moreel-beraad', 5, 'Evaluatie', 'Evaluation', 5, 'EVERYONE',
           'Hoe verliep het gesprek, en wat nemen we mee?',
           'How did the conversation go, and what do we take away?'
) p ON p.code = m.code
WHERE v.number = 1;
