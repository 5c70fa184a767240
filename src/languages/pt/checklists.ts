import type { PrepChecklistItems } from '../types.js';

/**
 * Portuguese preparation checklists for the next interview round (R10): six concrete steps per
 * announced format, in the infinitive style usual for Portuguese checklists, worded alike in Brazil
 * and Portugal. Each list translates the English one item for item.
 */
export const checklists = {
  executive: [
    'Ler o último relatório anual, a estratégia e as notícias recentes da empresa.',
    'Preparar um resumo de dois minutos sobre o valor que traria para a empresa.',
    'Ligar as próprias conquistas a resultados que importam à direção: receitas, custos, riscos ou crescimento.',
    'Pensar em como a vaga contribui para os objetivos do departamento no próximo ano.',
    'Preparar duas ou três perguntas estratégicas sobre prioridades e desafios.',
    'Informar-se sobre os diretores com quem vai conversar e as suas áreas de responsabilidade.',
  ],
  'skills-assessment': [
    'Perguntar que competências serão avaliadas, em que formato, com que ferramentas e em quanto tempo.',
    'Praticar com exercícios cronometrados parecidos com a avaliação.',
    'Verificar na véspera o equipamento, o software e o acesso à internet.',
    'Relacionar cada competência do anúncio da vaga com um exemplo da própria experiência.',
    'Ler com atenção todas as instruções antes de começar e distribuir bem o tempo.',
    'Explicar o raciocínio: uma abordagem clara conta mesmo que a resposta fique incompleta.',
  ],
  'case-study': [
    'Praticar a decomposição de um problema de negócio antes de propor uma solução.',
    'Conhecer o mercado, os principais concorrentes e o modelo de negócio da empresa.',
    'Rever os cálculos que possam ser necessários: dimensão do mercado, margens e ponto de equilíbrio.',
    'Fazer perguntas de esclarecimento e dizer em voz alta as hipóteses de partida.',
    'Estruturar a resposta: problema, análise, recomendação, riscos e próximos passos.',
    'Ensaiar com outra pessoa ou com casos publicados, com o tempo limitado.',
  ],
  presentation: [
    'Confirmar o tema, o público, a duração e os meios técnicos disponíveis.',
    'Construir um fio condutor claro: o problema, a abordagem, os resultados e uma recomendação.',
    'Manter os slides simples e levar uma cópia de reserva em outro formato.',
    'Ensaiar em voz alta com o tempo controlado e deixar tempo para as perguntas.',
    'Antecipar as perguntas prováveis e preparar respostas curtas.',
    'Adaptar os exemplos aos produtos e aos desafios da empresa.',
  ],
  panel: [
    'Descobrir quem fará parte do painel e qual é a função de cada pessoa.',
    'Preparar exemplos ligados à área de cada membro: técnica, negócio ou gestão de pessoas.',
    'Responder a quem fez a pergunta sem deixar de se dirigir a todo o painel.',
    'Levar cópias suficientes do currículo para todos.',
    'Preparar perguntas para diferentes membros do painel.',
    'Anotar todos os nomes, para que cada pessoa receba depois a sua própria mensagem de agradecimento.',
  ],
  technical: [
    'Rever as tecnologias e as linguagens mencionadas no anúncio da vaga.',
    'Praticar a resolução de problemas em voz alta, explicando as vantagens e desvantagens de cada opção.',
    'Relembrar os fundamentos da função, como estruturas de dados, algoritmos ou arquitetura de sistemas.',
    'Preparar-se para explicar a fundo um projeto anterior: as suas decisões e o que mudaria hoje.',
    'Testar o ambiente de programação remota: editor, vídeo, áudio e a ferramenta da chamada.',
    'Fazer perguntas de esclarecimento antes de programar e verificar a solução com exemplos.',
  ],
  general: [
    'Reler o anúncio da vaga e a própria candidatura.',
    'Preparar três ou quatro exemplos concretos de conquistas: situação, tarefa, ação e resultado.',
    'Informar-se sobre os produtos, a cultura e as notícias recentes da empresa.',
    'Preparar perguntas bem pensadas sobre a vaga, as pessoas com quem vai trabalhar e os próximos passos.',
    'Organizar a parte prática: hora, local ou link da videochamada, e a pessoa responsável pelo agendamento.',
    'Rever as notas da entrevista anterior e partir do que foi conversado.',
  ],
} as const satisfies PrepChecklistItems;
