import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { SPANISH } from '@/lib/blur/lexicon/es';
import { compileLexicons, compileTriggerLexicon } from '@/lib/blur/matcher';

/**
 * The Spanish lexicon on its own (not the registry, not English): short, non-graphic
 * passages as written in Spain and Mexico that must be found with the right category,
 * and everyday Spanish, false friends included, that must not be.
 */
const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const matcher = compileTriggerLexicon({ categories: ALL_ON, lexicons: [SPANISH] });
const cats = (text: string) => matcher.categoriesIn(text)?.categories ?? [];

describe('the Spanish lexicon', () => {
  it('compiles, with terms in every category', () => {
    const compiled = compileLexicons([SPANISH]);
    expect(compiled.scanners.length).toBeGreaterThan(0);
    for (const id of BLUR_CATEGORIES) expect(compiled.groups.some((g) => g.id === id)).toBe(true);
  });

  it.each<[string, BlurCategory]>([
    ['Detenido un hombre por la violación de una joven en Valencia.', 'sexual-violence'],
    ['Ella fue violada al salir de una fiesta.', 'sexual-violence'],
    ['El violador fue condenado a doce años.', 'sexual-violence'],
    ['Denunció que su jefe la violó en la oficina.', 'sexual-violence'],
    ['Investigan una agresión sexual en las fiestas del pueblo.', 'sexual-violence'],
    ['Sufrió acoso sexual en el trabajo durante meses.', 'sexual-violence'],
    ['Cree que le echaron algo en la bebida aquella noche.', 'sexual-violence'],
    ['Un nuevo caso de violencia de género en Sevilla.', 'domestic-abuse'],
    ['Miles de personas marchan contra la violencia machista.', 'domestic-abuse'],
    ['En México aumentan las denuncias por violencia intrafamiliar.', 'domestic-abuse'],
    ['Otro feminicidio en el Estado de México.', 'domestic-abuse'],
    ['El maltratador tenía una orden de alejamiento.', 'domestic-abuse'],
    ['Mi novio me revisa el celular todos los días.', 'domestic-abuse'],
    ['Mi marido, cuando bebe, me pega.', 'domestic-abuse'],
    ['Detenido un profesor por abuso sexual infantil.', 'child-abuse'],
    ['El sacerdote fue acusado de pederastia.', 'child-abuse'],
    ['La niña sufría maltrato infantil en casa.', 'child-abuse'],
    ['De pequeña mi madre me encerraba sin cenar.', 'child-abuse'],
    ['Hablar de las autolesiones en la adolescencia.', 'self-harm'],
    ['Lleva manga larga para tapar los cortes en los brazos.', 'self-harm'],
    ['Hace meses que se autolesiona.', 'self-harm'],
    ['La cifra de suicidios subió el año pasado.', 'suicide'],
    ['Pensaba en quitarme la vida.', 'suicide'],
    ['Su hermano se suicidó hace dos años.', 'suicide'],
    ['Ya no quiero vivir así.', 'suicide'],
    ['Fue ingresada por anorexia a los quince años.', 'eating-disorders'],
    ['Convivió años con la bulimia.', 'eating-disorders'],
    ['Un TCA no es una elección.', 'eating-disorders'],
    ['Crecen los trastornos de la conducta alimentaria.', 'eating-disorders'],
    ['Juzgan el asesinato de un joven en Cádiz.', 'violence'],
    ['Un hombre murió apuñalado en la calle.', 'violence'],
    ['Tres heridos en un tiroteo en Monterrey.', 'violence'],
    ['Lo mataron a golpes a la salida del bar.', 'violence'],
    ['Localizan una fosa clandestina en Jalisco.', 'violence'],
    ['Dos heridos en una reyerta en la feria.', 'violence'],
    ['Detenido por abuso de menores en un campamento.', 'child-abuse'],
    ['Denuncian violaciones a mujeres migrantes en la frontera.', 'sexual-violence'],
    // Described rather than named.
    ['Le dije que no muchas veces y aun así siguió.', 'sexual-violence'],
    ['Mi ex me persigue a todas horas.', 'domestic-abuse'],
    ['Me empujó contra la pared y luego me pidió perdón.', 'domestic-abuse'],
    ['Me traía regalos para que no dijera nada en casa.', 'child-abuse'],
    ['Llevo manga larga para que nadie vea las cicatrices.', 'self-harm'],
    ['Me peso cuatro veces al día.', 'eating-disorders'],
    ['Hallan dos cuerpos con signos de violencia.', 'violence'],
  ])('finds %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  it('names harm to a child child-abuse, not only sexual violence', () => {
    expect(cats('Condenado por abusos sexuales a menores.')).toEqual(['child-abuse']);
    expect(cats('Detenido por abuso sexual infantil.')).toEqual(['child-abuse']);
    expect(cats('Condenado por abuso sexual a una compañera de trabajo.')).toEqual(['sexual-violence']);
    expect(cats('Condenada una madre por maltratar a su hijo de tres años.')).toEqual(['child-abuse']);
  });

  it.each([
    // "violar" as breaking a rule
    'La empresa fue multada por violar la ley.',
    'No se pueden violar las normas del club.',
    'Acusan al equipo de violar el reglamento.',
    'Rusia acusa a Ucrania de violar un acuerdo de alto el fuego.',
    'Eso supone violar los derechos de los trabajadores.',
    'Una clara violación de la ley de protección de datos.',
    'Denuncian la violación de los derechos humanos.',
    'Se violó la tregua a las pocas horas.',
    'La tregua fue violada en la madrugada.',
    'El acuerdo fue violado dos veces.',
    'Denunció la violación de su intimidad en redes.',
    // everyday hyperbole and other false friends
    'Vamos al parque a matar el tiempo.',
    'Me muero de risa con este vídeo.',
    'Me quiero morir de vergüenza.',
    'No conviene abusar del azúcar.',
    'Abusó de la sal en la sopa.',
    'Le dio un golpe de calor en la playa.',
    'Tuvo un golpe de suerte.',
    'El maltrato al pelo con la plancha lo deja seco.',
    'Un conductor suicida circulaba por la autovía.',
    'Fue un suicidio político presentarse.',
    'Se trata de mujeres que emprenden.',
    'Sufrió un linchamiento mediático en redes.',
    'La matanza del cerdo es una tradición en el pueblo.',
    'Este edificio es un atentado contra el buen gusto.',
    'Mi entrenador le pegaba al balón con mucha fuerza.',
    'Me di un atracón de series el fin de semana.',
    'Me corté el pelo muy corto.',
    'Me hice daño en la rodilla jugando al fútbol.',
    'La orca, también llamada ballena asesina, vive en grupo.',
    'Mi madre no me deja salir hasta tarde.',
    'Hay que violar la privacidad lo menos posible.',
    'Volví a hacerme daño en el tobillo entrenando.',
    'El delantero disparó contra la portería.',
    'El grupo asesinó la canción en directo.',
    'Mi jefe me va a asesinar cuando vea esto.',
    'Quiero acabar con todo el trabajo antes del viernes.',
    'Le dio un golpe al coche al aparcar.',
    'No quiero vivir en Madrid, prefiero la costa.',
    'El informe recoge violaciones graves a los derechos humanos.',
    'La policía secuestró 20 kilos de droga en el puerto.',
    'La hipertensión es el asesino silencioso.',
    'Le preguntó a quemarropa por el contrato.',
    'Los vecinos de La Matanza votan hoy.',
    'Sigo con lo de cortarme el pelo corto.',
    'Un alma torturada por los celos, en la novela.',
  ])('finds nothing in %j', (text) => {
    expect(matcher.categoriesIn(text)).toBeNull();
  });
});
