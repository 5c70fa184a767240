import type { PrepChecklistItems } from '../types.js';

/**
 * Spanish preparation checklists for the next interview round (R10): six concrete steps per
 * announced format, in the infinitive style usual for Spanish checklists. Each list translates the
 * English one item for item.
 */
export const checklists = {
  executive: [
    'Leer el último informe anual, la estrategia y las noticias recientes de la empresa.',
    'Preparar un resumen de dos minutos sobre el valor que aportaría a la empresa.',
    'Vincular sus logros con resultados que importan a la dirección: ingresos, costes, riesgos o crecimiento.',
    'Pensar en cómo contribuye el puesto a los objetivos del departamento para el próximo año.',
    'Preparar dos o tres preguntas estratégicas sobre prioridades y retos.',
    'Informarse sobre los directivos con quienes se reunirá y sus áreas de responsabilidad.',
  ],
  'skills-assessment': [
    'Preguntar qué habilidades se evaluarán, en qué formato, con qué herramientas y en cuánto tiempo.',
    'Practicar con ejercicios cronometrados parecidos a la prueba.',
    'Comprobar el día anterior el equipo, el software y la conexión a internet.',
    'Relacionar cada habilidad de la oferta de empleo con un ejemplo de la propia experiencia.',
    'Leer con atención todas las instrucciones antes de empezar y repartir bien el tiempo.',
    'Explicar el razonamiento: un planteamiento claro cuenta aunque la respuesta quede incompleta.',
  ],
  'case-study': [
    'Practicar cómo descomponer un problema de negocio antes de proponer una solución.',
    'Conocer el mercado, los principales competidores y el modelo de negocio de la empresa.',
    'Repasar los cálculos que puedan hacer falta: tamaño de mercado, márgenes y punto de equilibrio.',
    'Hacer preguntas aclaratorias y expresar en voz alta las hipótesis de partida.',
    'Estructurar la respuesta: problema, análisis, recomendación, riesgos y próximos pasos.',
    'Ensayar con otra persona o con casos publicados, con el tiempo limitado.',
  ],
  presentation: [
    'Confirmar el tema, el público, la duración y los medios técnicos disponibles.',
    'Construir un hilo conductor claro: el problema, su enfoque, los resultados y una recomendación.',
    'Mantener diapositivas sencillas y llevar una copia de seguridad en un segundo formato.',
    'Ensayar en voz alta con cronómetro y dejar tiempo para las preguntas.',
    'Anticipar las preguntas probables y preparar respuestas breves.',
    'Adaptar los ejemplos a los productos y los retos de la empresa.',
  ],
  panel: [
    'Averiguar quién formará parte del panel y qué función tiene cada persona.',
    'Preparar ejemplos que conecten con el área de cada miembro: técnica, negocio o equipo.',
    'Responder a quien hizo la pregunta sin dejar de dirigirse a todo el panel.',
    'Llevar suficientes copias del currículum para todos.',
    'Preparar preguntas para distintos miembros del panel.',
    'Anotar todos los nombres para que cada persona reciba después su propio mensaje de agradecimiento.',
  ],
  technical: [
    'Repasar las tecnologías y los lenguajes mencionados en la oferta de empleo.',
    'Practicar la resolución de problemas en voz alta, explicando las ventajas y desventajas de cada opción.',
    'Refrescar los fundamentos del puesto, como estructuras de datos, algoritmos o diseño de sistemas.',
    'Prepararse para explicar a fondo un proyecto anterior: sus decisiones y lo que cambiaría hoy.',
    'Probar el entorno para programar en remoto: editor, cámara, micrófono y pantalla compartida.',
    'Hacer preguntas aclaratorias antes de programar y comprobar la solución con ejemplos.',
  ],
  general: [
    'Releer la oferta de empleo y la propia candidatura.',
    'Preparar tres o cuatro ejemplos concretos de logros: situación, tarea, acción y resultado.',
    'Informarse sobre los productos, la cultura y las noticias recientes de la empresa.',
    'Preparar preguntas bien pensadas sobre el puesto, el equipo y los próximos pasos.',
    'Organizar la parte práctica: hora, lugar o enlace de vídeo, y una persona de contacto.',
    'Repasar las notas de la entrevista anterior y partir de lo que se habló.',
  ],
} as const satisfies PrepChecklistItems;
