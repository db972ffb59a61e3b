import type { Lexicon } from './types';

/**
 * Spanish content-warning terms, for Spanish as written in Spain and in Mexico (both are
 * in the help directory). Same categories and choices as ./en.ts: the words were written
 * for this project with their gender and number inflections, and checked against the
 * Spanish training passages in tests/fixtures/blur-train/es (never the evaluation sets).
 *
 * Spanish has false friends of its own, rescued by exceptions on the terms they touch:
 * - "violar" also means breaking a rule ("violar la ley, las normas, un acuerdo, los
 *   derechos"); the verb is only listed with a person as object ("la violó") and the
 *   noun carries the rule-like objects as exceptions;
 * - "golpe" is also heatstroke and luck ("le dio un golpe de calor", "golpe de suerte");
 * - "me quiero morir" is everyday hyperbole when followed by "de risa", "de vergüenza";
 * - "maltrato" is also said of hair, skin, clothes and animals;
 * - "suicida" is also a wrong-way driver ("conductor suicida") and a reckless move;
 * - "tortura", "puñalada", "linchamiento", "atentado" have figurative uses that are
 *   listed as exceptions, and "matar el tiempo" or "me muero de risa" never match.
 * Accents and ñ do not matter (the matcher folds them), so terms are written as Spanish is.
 * Syntax: see ./types.ts.
 */

/** Partners and exes, as said in Spain and Mexico; `-` also finds "expareja" and "ex pareja". */
const PAREJA =
  '{pareja|ex-pareja|marido|ex-marido|esposo|ex-esposo|esposa|ex-esposa|mujer|novio|ex-novio|novia|ex-novia|ex|compañero sentimental|compañera sentimental|pareja sentimental}';
/** Adults around a child who appear in accounts of abuse at home. */
const PARIENTE =
  '{padre|madre|papá|mamá|padrastro|madrastra|tío|tía|abuelo|abuela|primo|entrenador|profesor|profesora|maestro|monitor|cura|sacerdote|vecino|niñera}';
/** A person as the object of "violar": never a rule. */
const PERSONA_OBJ = '{me|la|te|nos|las|le|les}';
/** What is "violated" when a rule is broken. */
const NORMA =
  '{ley|leyes|norma|normas|normativa|reglamento|reglas|regla|acuerdo|acuerdos|derecho|derechos|tregua|alto el fuego|constitución|contrato|contratos|intimidad|privacidad|confidencialidad|soberanía|espacio aéreo|frontera|cuarentena|secreto|presunción|prohibición|orden|código|protocolo|pacto|sanciones|embargo|términos|condiciones|licencia|patente|garantía|garantías|libertad|libertades|principio|principios|compromiso|promesa|tratado|convenio|paz}';
const RULE_OF =
  '{de|del|de la|de los|de las|de un|de una|de su|de sus|de mi|de nuestra|de nuestro|de nuestros|de nuestras|a|al|a la|a los|a las|a su|a sus}';
const NOT_A_RULE = [
  `${RULE_OF} ${NORMA}`,
  // Mexico says "violaciones graves a los derechos humanos".
  `{grave|graves|flagrante|flagrantes|sistemática|sistemáticas|masiva|masivas|reiterada|reiteradas|clara|evidente|abierta|presunta|presuntas} ${RULE_OF} ${NORMA}`,
  '{de|a} {las|la} {medidas|medida|restricciones|toque de queda|confinamiento|cadena de custodia|veda}',
  '{de datos|de seguridad|de la seguridad|de copyright|de derechos de autor|de domicilio|de correspondencia|de sellos|de precinto}',
];

export const SPANISH: Lexicon = {
  'sexual-violence': [
    {
      terms: ['violaci{ón|ones}', 'violador{|es|a|as}', 'violación {grupal|en grupo|múltiple|tumultuaria|en manada}'],
      notFollowedBy: NOT_A_RULE,
    },
    {
      // The verb only with a person as object: "la violó", never "violó la ley".
      terms: [
        `${PERSONA_OBJ} {violó|violaron|violaba|violaban|violan|violará|violarían|violaría|ha violado|han violado|había violado|habían violado|intentó violar|intentaron violar|quiso violar}`,
        'violar{la|las|me|te|nos}',
        'intent{ó|aron|o} de violación',
      ],
      notFollowedBy: [`{la|el|los|las|su|sus|mi|mis} ${NORMA}`],
    },
    {
      terms: ['violad{a|as}', '{fue|fueron|ha sido|han sido|había sido|habían sido|haber sido|habría sido} violad{o|os}'],
      notPrecededBy: [
        NORMA,
        `${NORMA} {fue|fueron|ha sido|han sido|había sido|habían sido|es|son|era|eran|quedó|quedaron|resultó|resultaron}`,
      ],
      notFollowedBy: [`{la|las|el|los|su|sus} ${NORMA}`, 'de {nuevo|forma} {la|el} {ley|norma|acuerdo|tregua}'],
    },
    {
      // Harm to a child is child-abuse alone: "abuso sexual infantil" is found there.
      terms: [
        '{abuso|abusos|agresión|agresiones|acoso|hostigamiento|violencia|delito|delitos|depredador|depredadores|explotación|esclavitud|abusador|abusadores|agresor|agresores|coacción|chantaje} {sexual|sexuales}',
      ],
      notFollowedBy: [
        '{infantil|infantiles|en la infancia|a menores|de menores|contra menores|a un menor|a una menor|de un menor|de una menor|a niños|a niñas|de niños|de niñas}',
      ],
    },
    {
      terms: [
        '{violó|violaron|violaba|violaban|violar|intentó violar|intentaron violar} a {una|dos|tres|varias|cuatro|cinco|la|su|mujer|mujeres|niña|niñas|joven|jóvenes|chica|chicas|alumna|alumnas|compañera|compañeras|turista|turistas}',
        '{ha|había|han|habían|haber|habría|hubiera} violado a',
        '{mientras dormía|mientras dormíamos|mientras estaba dormida|estaba dormida|estando dormida|estando inconsciente|estaba inconsciente|estaba borracha|estando borracha} ~ {me tocó|la tocó|me violó|la violó|abusó de|me desnudó|la desnudó|me penetró}',
        '{no quería|no quise|yo no quería} ~ {me forzó|me obligó|la forzó|la obligó}',
        'me obligó a {cosas|hacer cosas} que {yo |}no quería',
        'favores sexuales',
        '{niño|niños|chico|chicos|joven|jóvenes|hombre|hombres|menor|menores|adolescente|adolescentes} violados',
        '{abusada|abusadas|abusado|abusados|agredida|agredidas|agredido|agredidos|acosada|acosadas|acosado|acosados|explotada|explotadas|explotado|explotados} sexualmente',
        '{abusó|abusaron|abusaba|abusaban|abusar|abusa|abusan|agredió|agredieron|agredía|agredir|agrede|agreden|acosó|acosaba|acosar} sexualmente',
        'abuso lascivo',
        'estupro',
        'sumisión química',
        'burundanga',
        '{me|le|nos|les} {echaron|echó|pusieron|puso} algo en {la|el|mi|su} {bebida|copa|vaso|cubata|trago}',
        '{la|me|nos|las} {drogaron|drogó} {y|para|antes}',
        'tocamientos',
        '{me|la|le} {tocó|tocaba|tocaron|besó|besaba|desnudó|grabó|manoseó|manoseaba} sin {mi|su} {consentimiento|permiso}',
        '{relaciones|relaciones sexuales|sexo} sin {su|mi|el} consentimiento',
        'sexo no consentido',
        '{relaciones|relación} {sexual|sexuales} no consentid{a|as}',
        'manose{ó|aron|aba|aban}',
        '{me|la|las|nos} {forzó|forzaron|obligó|obligaron|obligaba|obligaban} a {tener relaciones|mantener relaciones|tener sexo|acostarme|acostarse|hacer cosas}',
        'forzad{a|as} a {tener relaciones|mantener relaciones|tener sexo|prostituirse}',
        '{abusó|abusaba|abusaron|abusaban} de {mí|ella|nosotras}',
        'le dije que no ~ {siguió|continuó|no paró|no se detuvo|no se paró|me obligó|me forzó|lo hizo igual|lo hizo igualmente}',
        '{aunque|a pesar de que|pese a que} le {dije|decía|repetía} que no ~ {siguió|continuó|no paró}',
        'trata {con fines de explotación sexual|con fines sexuales|de blancas}',
        'prostitución forzada',
        '{mutilación|ablación} genital',
        'ablación {femenina|del clítoris}',
        'pornovenganza',
        'porno vengativo',
        'sextorsión',
        'acoso callejero',
      ],
    },
  ],

  'domestic-abuse': [
    {
      terms: [
        'violencia {de género|machista|doméstica|intrafamiliar|familiar|vicaria|conyugal|en la pareja|de pareja|en el noviazgo|en el hogar|psicológica|económica|patrimonial}',
        '{agresión|agresiones|asesinato|asesinatos|crimen|crímenes|terrorismo} machista{|s}',
        'maltrato{|s} {psicológico|psicológicos|habitual|en la pareja|conyugal|doméstico|de género|físico|físicos|y psicológico|psicológico y físico}',
        'maltratador{|es|a|as}',
        '{feminicidio|feminicidios|femicidio|femicidios|feminicida|feminicidas|femicida|femicidas}',
        'control coercitivo',
        '{orden|órdenes} de {alejamiento|restricción}',
        'pulsera{|s} antimaltrato',
        'dispositivo{|s} antimaltrato',
        '{mujer|mujeres|esposa|esposas|madre|madres|víctima|víctimas} maltratad{a|as}',
        `{maltrataba|maltrata|maltrató|maltratar|maltrataban|golpeaba|golpea|golpeó|golpear|agredía|agrede|agredió|agredir|pegaba|pega|pegó|amenazaba|amenazó|humillaba|humilla|insultaba} a su ${PAREJA}`,
        `{maltratada|maltratado|golpeada|golpeado|agredida|agredido|amenazada|amenazado|asesinada|asesinado|acosada|acosado|controlada|humillada} por su ${PAREJA}`,
        `{mató|asesinó|apuñaló|estranguló|mataron} a su ${PAREJA}`,
        `{mi|su|tu} ${PAREJA} {me|la|te|le} {pega|pegaba|pegó|golpea|golpeaba|golpeó|maltrata|maltrataba|maltrató|amenaza|amenazaba|amenazó|humilla|humillaba|insulta|insultaba|empujó|empujaba|empuja|encierra|encerraba|controla|controlaba|vigila|vigilaba|agredió|agrede|agredía|violó|violaba|forzaba|obligaba|aisló|aislaba|ahorcó|estranguló|jaloneó|jaloneaba|cacheteó|abofeteó|abofeteaba}`,
        `{mi|su|tu} ${PAREJA} ~ {me|la|te} {pega|pegaba|pegó|golpea|golpeaba|golpeó|maltrata|maltrataba|amenaza|amenazaba|amenazó|humilla|humillaba|empujó|empujaba|encerraba|agredió|agredía|aislaba|estranguló}`,
        `{mi|su|tu} ${PAREJA} no {me|la|le|te} {deja|dejaba|permite|permitía} {ver a|salir|trabajar|tener dinero|hablar con|usar el|tener móvil|tener celular|ir a}`,
        `{mi|su|tu} ${PAREJA} {me|le|la|te} {revisa|revisaba|mira|miraba|controla|controlaba|quita|quitaba|quitó} {el móvil|el celular|el cel|el teléfono|los mensajes|el dinero|la tarjeta|el sueldo|la cartera|las llaves|el pasaporte|la documentación}`,
        '{me|la|le} {empujó|empujaba|tiró|estampó|lanzó|empotró} contra {la pared|el suelo|la puerta|el armario|la mesa}',
        'nadie más me {va a querer|querrá|querría|va a aguantar|aguantaría}',
        '{me dice|me decía|me dijo|me repite|me repetía|le dice|le decía} que {sin él no soy nada|sin él no soy nadie|sin él no es nada|sin él no es nadie|no valgo nada|no vale nada|soy una inútil}',
        'culpa mía por provocarle',
        'pedirle permiso hasta para',
        '{controla|controlaba|controlaban} todo el dinero',
        '{cuentas nuevas|cuentas falsas|otras cuentas|otro número|otros números} cada vez que {lo|la|le} bloque{o|aba|é}',
        '{mi|su|tu} {ex|ex-pareja|ex-novio|ex-marido|ex-novia|ex-esposo} {me|la|le|te} {persigue|perseguía|acosa|acosaba|acecha|acechaba|vigila|vigilaba|espera a la salida|esperaba a la salida|sigue esperando|seguía esperando|sigue a todas partes}',
        '{mandarle|enviarle|mandar|enviar} {una foto de dónde estoy|mi ubicación|la ubicación|fotos de dónde estoy} cada {hora|rato|media hora}',
        '{decirle|contarle|avisarle} dónde estoy {en todo momento|cada hora|a todas horas}',
        '{prohibió|prohíbe|prohibía} ~ salir sin él',
        '{me|la|le} {aisló|aislaba|aisló por completo|alejó|alejaba} de {mi|su} {familia|familias|amigas|amigos|gente}',
        '{amenazó|amenazaba|amenaza} con {matarme|matarla|quitarme a los niños|quitarme a mis hijos|quitarle a los niños|quitarle a sus hijos|llevarse a los niños|llevarse a mis hijos|hacerme daño|hacerle daño|suicidarse si lo dejaba|matarse si lo dejaba}',
        'si lo dejaba ~ {me mataba|me mataría|nos mataba|me quitaba a los niños|se mataba|me iba a matar|me quitaría a los niños}',
        'víctima{|s} de {violencia de género|violencia machista|violencia doméstica|su pareja|su expareja|su ex pareja|su marido|su exmarido|su novio|su exnovio|malos tratos}',
        'le tengo miedo a mi {pareja|marido|novio|esposo|ex}',
        `{miedo|pánico|terror} {a|de} {mi|su} ${PAREJA}`,
        'caminar sobre cáscaras de huevo',
        'relación {abusiva|tóxica y violenta|violenta|de maltrato}',
        '{hacer|hace|hacía|hacen|hacían|hizo|me hace|me hacía|le hace|le hacía} luz de gas',
      ],
    },
    {
      terms: ['maltrato{|s}', 'malos tratos'],
      notFollowedBy: [
        'animal',
        'animales',
        'a {los|las|un|una|su|sus|el} {animales|animal|perro|perros|gato|gatos|caballo|caballos|mascota|mascotas|pelo|cabello|piel|ropa|plantas|naturaleza|medio ambiente|clientes|cliente|afición|árbitro}',
        'al {pelo|cabello|cliente|medio ambiente|planeta|patrimonio|idioma|español|árbitro|consumidor|paciente}',
        '{de|del} {animales|animal|pelo|cabello|piel|ropa|la ropa|el pelo|la piel}',
        'infantil',
        'laboral',
        'arbitral',
        'institucional',
        '{a|de} {menores|un menor|una menor|niños|niñas|su hijo|su hija|sus hijos|sus hijas|la infancia|bebés|un bebé}',
      ],
    },
    {
      terms: ['{la|me|te|le} maltrat{a|aba|ó|aban|aron|an}'],
      notFollowedBy: ['{el|la|los|las} {pelo|cabello|piel|manos|uñas|ropa|pies|rodillas|espalda|estómago}'],
    },
  ],

  'child-abuse': [
    {
      terms: [
        '{abuso|abusos} {sexual|sexuales} {infantil|infantiles|a menores|de menores|a un menor|a una menor|contra menores|a niños|a niñas|en la infancia}',
        '{abuso|abusos|maltrato|maltratos|explotación|explotación sexual|negligencia|abandono} infantil',
        '{abuso|abusos|maltrato|maltratos|agresiones|agresión|tocamientos} a {menores|un menor|una menor|niños|niñas|su hijo|su hija|sus hijos|sus hijas|alumnos|alumnas}',
        '{pederastia|pederasta|pederastas|pedofilia|pedófilo|pedófilos|pedófila|pedófilas|paidofilia}',
        '{pornografía|porno} infantil',
        'material de abuso sexual infantil',
        'corrupción de menores',
        '{abuso|abusos|abusador|abusadores} de {menores|niños|niñas|un menor|una menor}',
        'trata de menores',
        'matrimonio{|s} infantil{|es}',
        '{síndrome del bebé|síndrome del niño} {sacudido|zarandeado}',
        '{niño|niña|niños|niñas|menor|menores|bebé|bebés|hijo|hija|hijos|hijas} {maltratado|maltratada|maltratados|maltratadas|abusado|abusada|abusados|abusadas}',
        '{maltratar|maltrató|maltrataba|maltrataban|golpeó|golpeaba|golpear|pegaba|pegó|agredió|agredía|quemó|zarandeó} a su {hijo|hija|hijos|hijas|bebé|hijastro|hijastra|hijastros|sobrino|sobrina|nieto|nieta|hijo pequeño|hija pequeña}',
        '{abusó|abusaba|abusaron|abusaban|abusar|abusa} {sexualmente |}de {un menor|una menor|menores|su hija|su hijo|sus hijas|sus hijos|su hijastra|su hijastro|su sobrina|su sobrino|su nieta|su nieto|una niña|un niño|niños|niñas|sus alumnas|sus alumnos|una alumna|un alumno}',
        '{agredió|agredía|agredir} sexualmente a {un menor|una menor|menores|su hija|su hijo|una niña|un niño|su hijastra|su sobrina|su nieta|una alumna}',
        `{de pequeña|de pequeño|de niña|de niño|cuando era niña|cuando era niño|cuando era pequeña|cuando era pequeño|cuando era una niña|cuando era un niño|cuando tenía # años} ~ {me pegaba|me pegaban|abusó de mí|abusaba de mí|me violó|me violaba|me encerraba|me encerraban|me golpeaba|me golpeaban|me maltrataba|me maltrataban|me tocaba|me tocó|me quemaba|me dejaban sin comer|me dejaba sin comer}`,
        `{mi|su} ${PARIENTE} {abusó|abusaba} de {mí|ella|él|nosotros|nosotras}`,
        '{nos|me|le|les|la|lo} {pegaba|pegaban|pegó|pegaron|golpeaba|golpeaban} con {el|un|la|una} {cinturón|cinto|vara|palo|cable|correa|manguera}',
        'si lo {contaba|contábamos|decía|cuentas|cuento|dices} nadie {me|nos|te} {iba a creer|creería|va a creer|creerá}',
        '{propinó|propinaba|propinaron|propinaban} {golpes|una paliza|patadas|puñetazos|varios golpes} a {la menor|el menor|su hijo|su hija|un menor|una menor|un bebé|su bebé|sus hijos|la niña|el niño}',
        'que no se lo {dijera|contara|dijeran|contaran} a {sus|mis|tus} padres',
        'regalos para que {callaran|callara|no dijera nada|no dijeran nada|guardara el secreto|guardaran el secreto|no lo contara|no lo contaran}',
        '{pasaban|pasaba|pasan|pasa|llevaban|llevaba} {días|noches} solos{|,} sin {comida|comer|nada que comer}',
        '{menor|menores|niño|niña|niños|niñas|bebé} {encadenado|encadenada|encadenados|encadenadas|amarrado|amarrada|amarrados}',
        '{grooming|ciberacoso sexual} {a menores|a un menor|a una menor|infantil|de menores}',
        '{acoso|engaño} a menores en {internet|línea|redes}',
      ],
    },
    {
      terms: [
        `{mi|su} ${PARIENTE} {me|nos|la|lo|les|le} {pegaba|pegaban|golpeaba|golpeaban|maltrataba|encerraba|encerraban|violó|violaba|quemaba|dejaba sin comer}`,
      ],
      // "Mi entrenador le pegaba al balón": sport.
      notFollowedBy: ['{al|a la|a los|a las} {balón|pelota|bola|saco|puerta|tambor|batería}', '{fuerte|flojo|bien|mal}'],
    },
  ],

  'self-harm': [
    {
      terms: [
        'autolesi{ón|ones|va|vas|vo|vos}',
        'autolesion{arse|arme|arte|arnos|a|an|o|aba|aban|é|ó|ando|ándose|ándome|ada|ado|adas|ados}',
        'auto-lesi{ón|ones}',
        'autoagresi{ón|ones}',
        '{lesiones|heridas|cortes|quemaduras} autoinfligid{as|os}',
        '{lesión|herida} autoinfligida',
        'conductas autolesivas',
        '{hacerme|hacerse|hacerte|me hago|se hace|me hacía|se hacía|me hice|se hizo|me hacía|se hacían} daño {a propósito|a mí misma|a mí mismo|a sí misma|a sí mismo|aposta|adrede|para sentir algo|para castigarme|para no sentir|a escondidas}',
        '{cortarme|cortarse|cortarte|me corto|se corta|se cortaba|me cortaba|me corté|se cortó} {a propósito|a escondidas|para sentir|para no sentir|para castigarme|para aliviar}',
        '{practica|practicaba|practicar|hacer|hacía|hace|el|del} cutting',
      ],
    },
    {
      terms: [
        '{cortes|cicatrices} {en|de} {los|mis|sus|tus} {brazos|antebrazos|muslos}',
        '{cortes|cicatrices} {en|de} {las|mis|sus|tus} muñecas',
        '{hacerme|hacerse|me hago|me hacía|se hace|se hacía|me hice|se hizo|empecé a hacerme|empezó a hacerse} cortes',
      ],
      notFollowedBy: [
        '{en el pelo|de pelo|en la cocina|con el papel|con papel|al cocinar|cocinando|afeitándome|afeitándose|depilándome|en los dedos|en el dedo|en las manos|en la mano|con un cristal|con un cuchillo}',
        '{con|por} {las|los|el|la|unas|unos} {zarzas|ramas|cristales|espinas|rosales|alambre|alambres|cuchillas del|caída}',
        'al caer',
      ],
    },
    {
      terms: [
        'para que nadie {vea|viera|note|notara|vean|vieran} {las marcas|los cortes|las cicatrices|mis brazos|mis muñecas|mis muslos}',
        '{cuando me agobio|cuando estoy mal|cuando me siento mal|cuando me angustio|cuando me agobiaba|cuando estaba mal} ~ {me hago daño|me corto|me lastimo|me hago cortes|me hacía daño|me cortaba}',
        '{recaí|recaída|recaer|recaigo} {en|con} {las autolesiones|hacerme daño}',
      ],
    },
    {
      terms: ['{volví a|volvió a|volver a|vuelvo a} {hacerme|hacerse} daño'],
      notFollowedBy: ['{en|con|al|jugando|entrenando|corriendo|de|la|el|los|las|haciendo|mientras}'],
    },
    {
      terms: [
        '{volví a cortarme|volvió a cortarse|dejar de cortarme|dejé de cortarme|dejó de cortarse|ganas de cortarme|ganas de cortarse|necesidad de cortarme|lo de cortarme}',
      ],
      notFollowedBy: ['{el|la|las|los|un|una|mi} {pelo|flequillo|melena|uñas|barba|cabello|puntas|coleta|pelo corto}'],
    },
  ],

  suicide: [
    {
      terms: ['{no quiero|ya no quiero|no quería|ya no quería} {vivir|seguir viviendo}', 'ya no quiero {estar aquí|existir}'],
      // "No quiero vivir en Madrid", "no quiero vivir con mis padres": where, not whether.
      notFollowedBy: [
        '{en|con|sin|de|lejos|cerca|solo|sola|solos|juntos|una|un|otra|otro|como|allí|aquí|ahí|allá|fuera|del|de nuevo|pendiente|de alquiler|mi vida|la vida|esa|ese|eso|esto|tan}',
      ],
    },
    {
      terms: ['suicidio{|s}'],
      notFollowedBy: [
        '{político|política|profesional|electoral|económico|comercial|financiero|deportivo|táctico|mediático|social|laboral|empresarial|futbolístico}',
        '{político|electoral|profesional|económico} de',
      ],
      notPrecededBy: ['un auténtico', 'un verdadero'],
    },
    {
      terms: ['suicida{|s}'],
      notPrecededBy: [
        '{conductor|conductora|conductores|adelantamiento|adelantamientos|apuesta|decisión|táctica|estrategia|maniobra|salida|jugada|defensa|misión|misiones|ataque|ataques|atentado|atentados|terrorista|terroristas|comando|comandos|piloto|pilotos|escuadrón|bombardero|bombarderos|ritmo|velocidad|política|plan}',
      ],
      notFollowedBy: ['en {la|una} {autopista|autovía|carretera}', 'por la {autopista|autovía|carretera}'],
    },
    {
      terms: [
        'suicid{arse|arme|arte|arnos|ó|aron|an|aba|aban|ado|ada|ando|ándose|en|ara|aran|aría|o}',
        '{se suicide|me suicidé|te suicides|se suiciden}',
        '{quitarse|quitarme|quitarte|se quitó|se quitaron|se quita|se quitan|se quitaba|me quito|me quiero quitar|se había quitado|se ha quitado} la vida',
        '{quiero|quería|pensé en|pienso en|pensaba en|intenté|intentó|intentaron|intento de|ganas de|quisiera|quiso|decidió|decidí} {acabar con|terminar con|poner fin a} {mi|su} {propia |}vida',
        '{ideación|ideaciones|conducta|conductas|pensamientos|ideas|intento|intentos|tendencias|crisis} suicida{|s}',
        'se ahorc{ó|aron|a|an|aba}',
        'ahorcarse',
        '{estarían|estaríais|estaría|estarán|estarías} mejor sin mí',
        '{estaría|estarían} mejor {muerta|muerto|si yo no estuviera|si no estuviera}',
        'ojalá {estuviera muerta|estuviera muerto|no despertara nunca|no me despertara|no existiera|no haber nacido|no hubiera nacido|me muriera}',
        'no {vale|merece} la pena {vivir|seguir viviendo}',
        'no tengo {razones|motivos} para vivir',
        'no tiene sentido seguir {viviendo|vivo|viva}',
        'autolisis',
        'sobredosis {intencionada|intencional|voluntaria|deliberada}',
        '{despedirme|despedirse|me despedí|se despidió} de {todos|todo el mundo|mi familia|su familia} antes de {morir|irme para siempre|quitarme la vida|quitarse la vida}',
        '{regalé|regalar|regaló|regalando} {mis|sus|todas mis|todas sus} cosas ~ {despedirme|despedirse|irme|irse para siempre}',
        'dormirme para siempre',
        '{quiero|quería|quisiera|ganas de} desaparecer {para siempre|del mundo|de este mundo}',
      ],
    },
    {
      terms: [
        '{me quiero morir|quiero morirme|me quería morir|quería morirme|quiero morir|quería morir|me quiero matar|quiero matarme|quería matarme|me quería matar|ganas de morir|ganas de morirme|ganas de matarme|deseos de morir}',
      ],
      notFollowedBy: [
        'de {risa|vergüenza|ganas|hambre|sueño|calor|frío|envidia|amor|pena|asco|aburrimiento|la risa|ilusión|emoción|nervios|sed|cansancio|felicidad|alegría|gusto|viejo|vieja|viejita|viejito|mayor}',
        'con {este|esta|estos|estas|tanto|tanta|el|la} {calor|frío|examen|exámenes|tráfico|lunes|jefe|canción|serie|película|partido}',
        'en {mi|la|el|su|paz|casa|la playa|mi tierra|mi cama}',
        'rodead{o|a} de',
        '{tranquila|tranquilo|tranquilamente|feliz|viejo|vieja|de vieja|de viejo}',
        'con las botas puestas',
        'por {ti|usted|la patria|mi país}',
      ],
    },
    {
      terms: ['{pensando en|pienso en|pensé en|pensaba en|quiero|quería|ganas de|voy a} acabar con todo'],
      notFollowedBy: ['{el|la|los|las|lo|esto|eso|este|esta|antes|hoy|mañana|rápido|de una vez|cuanto antes|ya}'],
    },
  ],

  violence: [
    {
      terms: [
        '{presunto|presunta|supuesto|supuesta|presuntos|presuntas|supuestos|confeso|confesa|un|el|la|una|del|al|los|las} asesin{o|a|os|as}',
      ],
      // Hypertension is "el asesino silencioso"; a striker, "el asesino del área".
      notFollowedBy: ['{silencioso|silenciosa|silenciosos|silenciosas|del área|del gol|de la cocina}'],
    },
    {
      terms: ['asesinato{|s}'],
      notFollowedBy: ['en el orient express', 'de {personaje|personajes|la reputación|reputación|imagen|la lengua|el idioma|del idioma}'],
      notPrecededBy: ['{cena|cenas|juego|juegos} {con|de|del}', 'misterio y'],
    },
    {
      terms: [
        'asesin{o|os|a|as} en serie',
        'homicidi{o|os}',
        'homicida{|s}',
        'sicari{o|os|a|as}',
        'apuñalamiento{|s}',
        'apuñalad{o|a|os|as}',
        'acuchill{ado|ada|ados|adas|ó|aron|amiento|amientos|ar|aba}',
        'navajazo{|s}',
        'machetazo{|s}',
        'cuchillada{|s}',
        'tiroteo{|s}',
        'balacera{|s}',
        '{balearon|balean|baleó|baleado|baleada|baleados|baleadas}',
        '{muerto|muerta|muertos|muertas|mató|mataron|matar|matan|matando|asesinado|asesinada|asesinados|asesinadas|asesinó|murió|herido|herida|heridos|heridas} a {tiros|balazos|puñaladas|cuchilladas|navajazos|machetazos|golpes|palos|pedradas|patadas|sangre fría}',
        '{molido|molida|molidos|molieron|moler} a {golpes|palos|patadas}',
        '{herido|herida|heridos|heridas|herida|muerto|muerta|muertos|muertas|alcanzado|alcanzada} {de|por} {bala|balas|arma de fuego|arma blanca|disparo|disparos|un disparo}',
        'arma{|s} blanca{|s}',
        '{murió|muere|falleció|fallece|muerto|muerta|asesinado|asesinada} de un {disparo|tiro|balazo|navajazo|machetazo|golpe en la cabeza}',
        '{recibió|recibieron|recibe|le dieron|le pegaron} {un disparo|un tiro|un balazo|dos disparos|dos tiros|tres disparos|varios disparos|varios tiros|múltiples disparos|un navajazo|varias puñaladas|una puñalada|varias cuchilladas}',
        '{disparo|disparos|disparó|dispararon|disparado|disparada|tiro|tiros|balazo|balazos|asesinado|asesinada|muerto|muerta} a quemarropa',
        'masacre{|s}',
        'genocidi{o|os}',
        '{crimen|crímenes} de {guerra|lesa humanidad}',
        'limpieza étnica',
        '{ejecución|ejecuciones} extrajudicial{|es}',
        'fosa{|s} común{|es}',
        'narcofosa{|s}',
        'fosa{|s} clandestina{|s}',
        'encobijad{o|a|os|as}',
        'desapari{ción|ciones} forzada{|s}',
        '{ataque|ataques|enfrentamiento|enfrentamientos|comando|comandos} armado{|s}',
        '{hombres|sujetos|individuos|pistoleros} armados',
        'reyerta{|s}',
        'descuartiz{ado|ada|ados|adas|ó|aron|amiento|ar}',
        'desmembrad{o|a|os|as}',
        '{actos|víctima|víctimas|centro|centros|delito|delitos|sesiones|métodos|denuncias} de tortura{|s}',
        '{atentado|atentados|ataque|ataques} {terrorista|terroristas|yihadista|yihadistas|con bomba|suicida|suicidas|con explosivos}',
        'coche bomba',
        '{terrorista|terroristas} suicida{|s}',
        'toma de rehenes',
        '{secuestrada|secuestrado|secuestradas|secuestrados} {por|durante|y|en}',
        '{propinó|propinaron|propinaba|propinaban|propinarle} una paliza',
        '{muerto|muerta|murió|muere|fallece|falleció|herido|herida|hospitalizado|hospitalizada|ingresado|ingresada|inconsciente} {tras|después de|por} {una|la|recibir una|sufrir una} {paliza|golpiza|agresión}',
        'golpiza{|s}',
        '{brutal|salvaje} paliza',
        'paliza a un {joven|hombre|menor|chico|anciano|estudiante|adolescente|indigente}',
        'paliza a una {joven|mujer|menor|chica|anciana|estudiante|adolescente}',
        '{propinó|propinaron|propinaba|propinaban|propinarle} {golpes|patadas|puñetazos|varios golpes}',
        '{la nariz|la cara|la mandíbula|la cabeza|las costillas} a {golpes|patadas|puñetazos|palos}',
        '{me|le|lo|la|les|los} {patearon|pateó|golpearon|golpeó|pegaron|pegó} hasta {que perdí|que perdió|dejarlo|dejarla|dejarme} {el conocimiento|inconsciente|sin sentido}',
        '{golpeó|golpearon|golpeaba|golpeaban|atacó|atacaron|agredió|agredieron} ~ con {barras|una barra|palos|un palo|bates|un bate|cuchillos|un cuchillo|machetes|un machete|navajas|una navaja|martillos|un martillo}',
        '{lo|la|le|me|los|las} {metieron|subieron|metió|subió} {en|a} {un coche|una camioneta|un auto|un carro|una furgoneta} a la fuerza',
        '{cuerpo|cuerpos|cadáver|cadáveres} con {signos|señales|huellas} de {violencia|tortura|golpes}',
        '{ejecutan|ejecutaron|ejecutó|ejecutaban} a {un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|#} {hombre|hombres|mujer|mujeres|joven|jóvenes|personas|policías|agentes|civiles|presos|rehenes}',
        '{muerte|muertes} violenta{|s}',
        'violencia {armada|con armas|física|extrema|policial|callejera|letal}',
        'violencia contra {la mujer|las mujeres|civiles|la población}',
        '{le|les|la|lo|me} {puso|pusieron|apuntó|apuntaron|apuntaba} {una pistola|un arma|un cuchillo|una navaja|un revólver} en {la cabeza|el cuello|la sien|la garganta|el pecho}',
        '{pistola|arma|cuchillo|navaja|revólver} en {mano|la mano} ~ {amenazó|amenazaba|obligó|atacó}',
        'a punta de {pistola|navaja|cuchillo|arma|machete}',
        '{atacado|atacada|atacados|atacadas|amenazado|amenazada|agredido|agredida} con {un cuchillo|una navaja|un machete|un martillo|un bate|una barra|un arma|una pistola|una botella|un hacha}',
        'intento de {asesinato|homicidio|feminicidio}',
      ],
    },
    {
      terms: ['{disparó|dispararon|disparaba|disparaban|abrió fuego|abrieron fuego} contra {el|la|los|las|un|una|su|sus|varios|varias}'],
      notFollowedBy: [
        '{portería|arco|poste|larguero|meta|travesaño|red|gobierno|oposición|presidente|ministro|ministra|prensa|medios|partido|club|árbitro|guardameta|portero}',
      ],
    },
    {
      terms: [
        'asesin{aron|an|aba|aban|ar|ará|aría|ando|arla|arlo|arle|arlos|arlas|ada|ado|adas|ados|ándola|ándolo}',
        // Accents are folded, so "asesinó" is "asesino": only with its object.
        'asesinó a',
      ],
      // "El grupo asesinó la canción", "mi jefe me va a asesinar": said of songs and bosses.
      notFollowedBy: [
        '{la|el|una|un|esta|este|su|mi} {canción|tema|versión|himno|obra|idioma|lengua|idioma|melodía|partitura|chiste|guion|libro|película|serie|personaje|disco}',
      ],
      notPrecededBy: ['{me|te|nos|os} {va|van|vas} a', '{me|te|nos} {quiere|quieren|querrá} {asesinar|}'],
    },
    {
      terms: ['apuñal{ó|aron|ar|ando|aba|aban|a|an|arlo|arla|arle}', 'puñalada{|s}'],
      notFollowedBy: ['{trapera|traperas|por la espalda|en la espalda política|al corazón|política|políticas|de la traición}'],
    },
    {
      terms: ['agresi{ón|ones}', 'agred{ió|ieron|ido|ida|idos|idas|ir|e|en|ía|ían|iendo}'],
      notFollowedBy: [
        '{verbal|verbales|verbalmente|sexual|sexuales|sexualmente|machista|machistas}',
        '{a|contra} {la|el} {naturaleza|medio ambiente|lengua|idioma|inteligencia|democracia|soberanía|integridad territorial|patrimonio|paisaje}',
        '{ambiental|ambientales|medioambiental|externa|militar|tumoral|química}',
      ],
    },
    {
      terms: [
        '{le|la|lo|les|me|te|nos} {dio|dieron|daba|daban|propinó|propinaron|asestó|asestaron|pegó|pegaron} {un golpe|golpes|varios golpes|una golpiza|puñetazos|un puñetazo|patadas|una patada|un navajazo|una puñalada|una cuchillada|un machetazo|un cabezazo|bofetadas|una bofetada|un rodillazo}',
      ],
      notFollowedBy: [
        'de {calor|suerte|efecto|estado|tos|vista|mano|genio|timón|gracia|realidad|ánimo|mar|viento|frío|sol|nostalgia|risa}',
        '{al|a la|a los|a las} {balón|pelota|bote|puerta|lata|mesa|rival|contrario|piedra|bola|coche|auto|carro}',
        'bajo',
        'en la mesa',
        'en el {partido|tablero|marcador}',
      ],
    },
    {
      terms: ['decapit{ado|ada|ados|adas|ó|aron|ación|aciones}', 'tortur{ado|ada|ados|adas|aron|ó|ador|adores|aba|aban}'],
      // "Decapitar la cúpula de un cártel", "un alma torturada por los celos".
      notFollowedBy: [
        '{la|el|a la|al} {cúpula|organización|banda|cártel|liderazgo|dirección|mando|partido}',
        'por {los|el|la|las|sus|su} {celos|remordimientos|recuerdos|dudas|culpa|pasado|deseo|amor|ausencia|pérdida}',
      ],
      notPrecededBy: ['{alma|almas|artista|artistas|genio|mente|mentes|corazón|poeta}'],
    },
    {
      terms: ['secuestr{o|os|ó|aron|ador|adores|adora|ar|arla|arlo|aba|aban}'],
      notFollowedBy: [
        '{de|del} {carbono|co2|datos|información|la sesión|sesión|dns|balón|la atención|atención|la agenda|la pantalla|bienes|documentos|documentación|mercancía|mercancías|armas|droga|drogas|material|publicaciones|la edición|cargamento|vehículos|vehículo|cuentas|pruebas|celulares|teléfonos}',
        '{#|kilos|toneladas|dosis|armas|droga|drogas|bienes|documentos|celulares|teléfonos|un arma|una moto|un auto|mercadería}',
        'exprés de datos',
      ],
    },
    {
      terms: ['linchamiento{|s}', 'linch{ado|ada|ados|adas|aron|ó|ar}'],
      notFollowedBy: [
        '{mediático|mediática|digital|en redes|virtual|político|política|en las redes|en twitter|en internet|público en redes}',
      ],
    },
    {
      terms: ['matanza{|s}'],
      notFollowedBy: ['{del cerdo|de cerdo|del cochino|del puerco|de texas|tradicional|casera}'],
      // La Matanza is also a district of Buenos Aires.
      notPrecededBy: ['{fiesta|día|tiempo|época|partido|municipio|intendente|intendenta|vecinos|vecinas|la} de la', 'en la'],
    },
    {
      terms: ['atentado{|s}'],
      notFollowedBy: [
        '{contra|a} {la|el|los|las|nuestra|nuestro} {salud|salud pública|medio ambiente|naturaleza|buen gusto|estética|lógica|sentido común|inteligencia|honor|ortografía|patrimonio|dignidad|paisaje|bolsillo|oído|oídos|vista|paladar|idioma|lengua}',
        '{estético|urbanístico|ecológico|medioambiental|patrimonial|contra el paisaje|contra el buen gusto|al buen gusto|contra la vista}',
      ],
    },
  ],

  'eating-disorders': [
    {
      terms: [
        'anorexi{a|ca|cas|co|cos}',
        'anoréxic{a|as|o|os}',
        'bulimi{a|ca|cas|co|cos}',
        'bulímic{a|as|o|os}',
        '{tca|tcas|tcane}',
        'trastorno{|s} {alimentario|alimentarios|de la alimentación|de la conducta alimentaria|del comportamiento alimentario|de alimentación|de la conducta alimenticia|alimenticio|alimenticios|por atracón|por atracones}',
        'trastornos de la conducta alimentaria',
        '{atracón|atracones} y {vómitos|purgas|purgarme|purgarse|vomitar|compensar}',
        '{atracones|atracón} {compulsivo|compulsivos|a escondidas}',
        '{vómito|vómitos} {autoinducido|autoinducidos|provocados|provocado}',
        '{me provoco|me provocaba|provocarme|me provoqué|se provocaba|se provoca|se provocó} el vómito',
        '{pro-ana|pro-mía|proana|promía|ana y mía|ana y mia}',
        '{thinspo|thinspiration|bonespo|meanspo}',
        'ortorexi{a|ca|cas}',
        'vigorexi{a|ca|cas}',
        'dismorfia corporal',
        '{sobreingesta|ingesta} compulsiva',
        'trastorno dismórfico corporal',
        '{dejé de comer|dejó de comer|dejar de comer|dejaba de comer|saltarme comidas|me salto comidas|me saltaba comidas|se saltaba comidas|se salta comidas|salto comidas} ~ {para adelgazar|para no engordar|para bajar de peso|para estar más delgada|para estar delgada|por miedo a engordar|para perder peso}',
        '{pánico|terror|miedo intenso|miedo irracional|fobia} a {engordar|subir de peso|ganar peso|comer}',
        '{vomitar|vomito|vomitaba|vomitando|ir al baño|iba al baño|va al baño|voy al baño} {después de|tras} {cada comida|todas las comidas|comer a escondidas}',
        '{me veo|se ve|se veía|me veía|me sigo viendo|se sigue viendo} {gorda|gordo} {aunque|pese a|a pesar de}',
        '{laxantes|diuréticos} para {adelgazar|no engordar|bajar de peso|compensar}',
        '{abuso|abusar|abusaba} de laxantes',
        '{cuento|contaba|contar|cuenta|contando} cada caloría',
        '{me peso|me pesaba|pesarme|se pesa|se pesaba} {#|dos|tres|cuatro|cinco|seis|siete|ocho|diez|varias|muchas} veces al día',
        '{días|día|horas} sin comer ~ {orgullosa|orgulloso|en control}',
        'para que {mis padres|nadie|mi familia|mi madre|mi mamá} no {vean|vea|noten|note|sepan|sepa} que no {como|comía|he comido}',
        '{me castigo|me castigaba|castigarme|se castiga|se castigaba} {con ejercicio|haciendo ejercicio|sin comer|sin cenar}',
        '{después de|tras} {comer|cada comida|cenar} {voy|iba|va|corro|corría|me voy|me iba} al baño {corriendo|a vomitar|a escondidas}',
        '{obsesión|obsesionada|obsesionado|obsesionarse} {por|con} {adelgazar|la comida y el peso|el peso|no engordar|las calorías}',
      ],
    },
  ],
};
