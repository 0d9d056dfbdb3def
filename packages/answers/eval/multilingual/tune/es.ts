/** Spanish messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Spanish tune cases, typed the way visitors type: no tildes, no opening marks, panic. */
export const TUNE_ES: readonly MultilingualCase[] = casesFor('es', {
  emergency: [
    // A real miss of the first detector.
    'socorro me están amenazando',
    'me encerraron en la habitacion ayuda',
    'me esta pegando ahora mismo',
    'ayudenme por favor estoy en peligro',
    'me quitaron el pasaporte y no me dejan irme',
    'no puedo salir de la casa, me vigilan todo el tiempo',
    'dice que me va a matar',
    'amenazan a mi familia si hablo',
    'mi jefe me pega y no me devuelve los papeles no puedo escapar',
    'estoy encerrada en un piso y no se donde estoy',
    'TENGO MIEDO VA A VOLVER Y ME VA A PEGAR',
    'ayuda me esta estrangulando',
    'me obligan a acostarme con hombres y me pegan si digo que no',
    'estoy en un sotano y no puedo salir',
    'me quito el movil, escribo a escondidas, help',
    'me retienen aquí contra mi voluntad',
    'plis vengan rapido me quiere matar',
    // Someone else in danger.
    'mi amiga está encerrada y le pegan',
    'a mi hermana la tienen retenida',
    'a una chica la están obligando, le están haciendo daño ahora',
    'a mi primo lo tienen en una obra y le dan palizas',
    // Very short.
    'ayuda!!',
    'SOCORRO',
    'auxilio por favor',
  ],
  help: [
    'creo que soy víctima, quién me puede ayudar',
    'dónde puede recibir apoyo una víctima',
    'ahora no estoy en peligro pero necesito hablar con alguien de lo que me pasó en el trabajo',
    'hay alguna asociación para víctimas de trata en madrid',
    'a mi hermano lo explotaron en un invernadero, ya volvió, quién lo puede ayudar',
    'ayuda para víctimas sin papeles?',
  ],
  report: [
    'cómo denuncio una sospecha',
    'la chica que limpia en casa de mis vecinos parece explotada, dónde lo denuncio',
    'se puede denunciar de forma anónima',
    'en la finca de al lado duermen trabajadores en contenedores, a quién aviso',
    'qué datos necesita la policía para una denuncia de trata',
    'quiero denunciar un club, las chicas viven allí y nunca salen',
  ],
  ordinary: [
    ['signs-of-trafficking', 'cuáles son las señales de trabajo forzoso'],
    ['what-is-trafficking', 'qué es la trata de personas'],
    ['forms-of-exploitation', 'la mendicidad forzada es explotación?'],
    ['victim-rights', 'las víctimas tienen derecho a quedarse en españa'],
    ['child-victims', 'y si la víctima es menor de edad'],
    ['next-event', 'cuándo es la próxima reunión'],
    ['find-members', 'organizaciones en españa que trabajen con migrantes'],
    ['find-resources', 'me ayudas a encontrar guías sobre trabajo forzoso'],
    ['find-resources', 'informes sobre violencia contra mujeres migrantes'],
    ['how-to-join', 'cómo puede unirse nuestra ong'],
    ['privacy', 'este chat es anónimo?'],
    ['greeting', 'hola buenas'],
    ['support-the-cause', 'cómo puedo donar o hacer voluntariado'],
    ['eu-policy', 'qué hace la ue contra la trata'],
    ['contact', 'cómo contacto con la secretaría'],
    ['contact', 'tengo la cuenta del portal bloqueada, con quién hablo'],
  ],
});
