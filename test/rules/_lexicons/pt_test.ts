import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { REVIEW_PT } from "../../../src/rules/_lexicons/review/pt.ts";
import { MARKETING_PT } from "../../../src/rules/_lexicons/marketing/pt.ts";

Deno.test("pt lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_PT, "pt", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_PT, "pt", MARKETING_CONCEPTS);
});

Deno.test("pt review lexicon: the words carry their concepts", () => {
  check(REVIEW_PT, [
    ["Você poderia deixar uma avaliação do produto?", "review request"],
    ["Avalie a gente na Amazon, pfv", "review request place"],
    ["Deixe sua opinião, ajuda muito", "review request"],
    ["Uma avaliação positiva faz toda a diferença", "review positive request"],
    ["Se gostou, deixa 5 estrelas", "condition review request"],
    ["Antes de avaliar, fale conosco primeiro", "condition review"],
    ["Em troca da avaliação mandamos um brinde", "incentive review"],
    ["Devolvemos R$ 20 via Pix pela sua avaliação", "incentive review"],
    ["Poderia alterar ou excluir sua avaliação?", "change review"],
    ["Na avaliação, mencione a entrega rápida", "instruction review"],
    ["Mande um print da sua avaliação publicada", "instruction review"],
    ["Sua experiência vai ajudar outros compradores", "opinion sharing"],
    [
      "Poderia confirmar quantas estrelas quer na toalha?",
      "opinion request",
      "review",
    ],
    ["Conte o que achou na página do produto", "opinion place"],
    [
      "Não é obrigatório deixar avaliação nenhuma",
      "negation request",
      "review",
    ],
    ["Não deixe de avaliar o produto", "request reviewVerb purchase"],
  ]);
});

Deno.test("pt review lexicon: other senses of review words cancel them", () => {
  check(REVIEW_PT, [
    ["A nota fiscal segue em anexo", "", "review"],
    ["Se tiver dúvidas ou comentários, fale com a gente", "", "review"],
    ["O produto devolvido está em avaliação", "", "review"],
    ["Se mudar de opinião, pode devolver", "", "opinion review"],
    ["O hotel 5 estrelas fica na praia", "", "review"],
  ]);
});

Deno.test("pt marketing lexicon: the words carry their concepts", () => {
  check(MARKETING_PT, [
    ["Conheça nossa nova coleção", "invitation promoObject"],
    ["Aproveite 10% OFF na próxima compra", "invitation offer future"],
    ["Siga-nos no Instagram", "invitation promoObject"],
    [
      "Confira a queima de estoque da nossa loja",
      "invitation offer promoObject",
    ],
    ["Você sabia que também vendemos capinhas?", "invitation promoObject"],
    ["Cupom válido até domingo", "offer future"],
    ["Não precisa de cupom", "negation offer"],
    ["Siga as instruções do manual", "", "invitation"],
  ]);
});

/**
 * Probes written as sellers write: review words in other senses, star
 * ratings that are not reviews and order words that look like marketing
 * (valid); soft marketing, storefront wording, review wishes, roundabout
 * rewards and requests (invalid).
 */
export const PROBES: Record<string, Record<"review" | "marketing", RuleCases>> =
  {
    "pt-BR": {
      review: {
        valid: [
          "Por favor, revise a prova da arte e nos confirme se está tudo certo.",
          "Já analisamos sua reclamação e vamos enviar uma peça nova amanhã.",
          "Segue o rascunho do bordado; qualquer comentário sobre o desenho nos ajuda a ajustar antes de produzir.",
          "Nossa equipe está avaliando a garantia do seu aspirador e responde em até 48 horas.",
          "Sua opinião sobre a amostra de cor nos ajuda a escolher o tom certo do seu pedido.",
          "Valorizamos muito sua paciência com o atraso da entrega.",
          "A taxa de frete foi calculada pelo peso da caixa.",
          "O técnico fez uma avaliação dos danos e vamos cobrir o conserto sem custo.",
          "Obrigado pelo retorno sobre o tamanho; trocamos a calça sem problema.",
          "Vamos revisar o texto da gravação e enviar a prévia para sua aprovação.",
          "Você pode conferir se o número de série bate com o da nota fiscal?",
          "Enviamos o pedido para o hotel quatro estrelas que você indicou, aos cuidados da recepção.",
          "A estampa de estrelas da capa é a mesma das fotos do anúncio.",
          "Endereço de entrega: Hotel Atlântico 5 estrelas, Av. Beira Mar 100, Fortaleza.",
          "Depois de avaliar as fotos que você mandou, vamos devolver o valor integral.",
          "Se quiser mudar a frase da dedicatória, nos diga sua opinião até sexta.",
          "O que acha de trocarmos o produto por outro modelo?",
          "Nos diga sua opinião sobre a cor da amostra antes de produzirmos o produto final.",
          "Antes de produzir, nos diga sua opinião sobre a cor da amostra.",
          "Obrigado pelo feedback sobre a embalagem, vamos reforçar nos próximos envios.",
          "A avaliação do perito confirmou o defeito, então o reembolso é integral.",
          "A geladeira tem o selo Procel de cinco estrelas que aparece no anúncio.",
          "O restaurante com duas estrelas Michelin encomendou o mesmo modelo de faca.",
          "Por favor, confira a nota fiscal anexa e nos avise se está tudo certo.",
          "Seu pedido se qualifica para troca; por favor, avalie se prefere reembolso ou troca.",
          "Nossa equipe vai avaliar a devolução e reembolsar em até 48 horas.",
          "Deixe sua opinião sobre o texto da gravação até sexta, por favor.",
          "A nota da compra está no e-mail; com ela pedimos o reembolso do frete.",
        ],
        invalid: [
          {
            text:
              "Suas impressões seriam de grande ajuda para outros compradores.",
            messageId: "solicitation",
          },
          {
            text:
              "Algumas palavras suas sobre o produto na Amazon ajudariam muito nossa pequena empresa.",
            messageId: "solicitation",
          },
          {
            text:
              "Tomara que você possa contar sua experiência na página do produto.",
            messageId: "solicitation",
          },
          {
            text: "Uma avaliação sua significaria muito para nós.",
            messageId: "solicitation",
          },
          {
            text:
              "Cada avaliação conta muito para um negócio familiar como o nosso.",
            messageId: "solicitation",
          },
          { text: "Adoraríamos ler sua avaliação.", messageId: "solicitation" },
          {
            text: "Seu comentário na Amazon nos ajuda a crescer.",
            messageId: "solicitation",
          },
          {
            text:
              "Quando tiver um minutinho, deixa umas estrelinhas pra gente?",
            messageId: "solicitation",
          },
          {
            text:
              "Como agradecimento por compartilhar sua experiência na Amazon, vamos enviar uma capinha de brinde.",
            messageId: "incentive",
          },
          {
            text:
              "Os clientes que nos avaliam ganham um mimo no próximo envio.",
            messageId: "incentive",
          },
          {
            text: "Se algo não agradar, fale com a gente antes de nos avaliar.",
            messageId: "gating",
          },
          {
            text:
              "Agora que está resolvido, seria possível rever a nota que você nos deu?",
            messageId: "change",
          },
          {
            text: "Ao nos avaliar, conte que a entrega foi rápida.",
            messageId: "instructions",
          },
          {
            text:
              "Outros compradores adoram ler experiências como a sua na Amazon.",
            messageId: "solicitation",
          },
          {
            text:
              "Adoraríamos saber na Amazon o que você achou do trabalho do nosso instalador.",
            messageId: "solicitation",
          },
          {
            text:
              "Sua opinião sobre a instalação ajudaria muito outros clientes.",
            messageId: "solicitation",
          },
          {
            text: "Se curtiu o produto, dá uma força com cinco estrelas!",
            messageId: "gating",
          },
          {
            text:
              "Agora que o carregador novo chegou, agradeceríamos se reconsiderasse a nota de uma estrela.",
            messageId: "change",
          },
          {
            text: "Você poderia atualizar seu comentário na Amazon?",
            messageId: "change",
          },
          {
            text:
              "Pedimos que exclua a avaliação negativa, já que o problema foi resolvido.",
            messageId: "change",
          },
          {
            text: "Conta pra outros clientes como foi sua compra!",
            messageId: "solicitation",
          },
          {
            text:
              "Adoraríamos saber o que você está achando do seu novo liquidificador.",
            messageId: "solicitation",
          },
          {
            text:
              "Queremos muito ouvir sua opinião sobre o produto depois de experimentar.",
            messageId: "solicitation",
          },
          {
            text:
              "Como agradecimento pelo seu tempo, quando sua avaliação estiver publicada vamos mandar um mimo.",
            messageId: "incentive",
          },
          {
            text: "Não deixe de nos avaliar quando puder, ajuda demais.",
            messageId: "solicitation",
          },
          {
            text:
              "Se puder, conta pros outros compradores na Amazon como está sendo.",
            messageId: "solicitation",
          },
          {
            text:
              "Tomara que a luminária agrade tanto que você queira contar na Amazon.",
            messageId: "solicitation",
          },
          {
            text:
              "Se tiver um tempinho, suas impressões na página do produto seriam ótimas.",
            messageId: "solicitation",
          },
          {
            text:
              "Seria um gesto lindo compartilhar sua opinião com outros clientes.",
            messageId: "solicitation",
          },
          {
            text: "Estamos ansiosos para ler o que você achou da mochila.",
            messageId: "solicitation",
          },
          {
            text:
              "Duas linhas suas na Amazon fariam toda a diferença pra gente.",
            messageId: "solicitation",
          },
          {
            text:
              "Você se importaria de tirar um minutinho para avaliar sua compra na Amazon?",
            messageId: "solicitation",
          },
          {
            text:
              "Depois de publicar sua avaliação, mande um print e devolvemos R$ 20.",
            messageId: "incentive",
          },
        ],
      },
      marketing: {
        valid: [
          "Seu pedido sai amanhã cedo do nosso centro de distribuição em Campinas.",
          "Se precisar de outro tamanho, fale com a gente que trocamos sem custo.",
          "O carregador que você pediu vai em um pacote separado.",
          "Você pode acompanhar a entrega no site da transportadora.",
          "Os acessórios inclusos estão na caixa menor, embaixo do manual.",
          "Esse modelo saiu de linha; oferecemos o reembolso total ou um modelo parecido pelo mesmo preço.",
          "Qualquer outra dúvida, estamos à disposição.",
          "Sua peça de reposição já chegou na nossa loja e será enviada hoje.",
          "Os acessórios que faltavam já chegaram; enviamos amanhã para você.",
          "Se precisar de mais informações sobre a garantia, é só chamar.",
          "Se precisar de mais parafusos, mandamos de graça em um envelope.",
          "Nesta temporada a demanda está alta e a entrega pode levar dois dias a mais.",
          "Recomendamos consultar nossa tabela de medidas antes de pedir a troca.",
          "No nosso site você encontra o manual de montagem em PDF.",
          "Se gostou da cor mas não do tamanho, trocamos sem custo.",
          "A gente também faz a troca sem custo, se preferir outro tamanho.",
          "Recomendamos nossa tabela de medidas antes de pedir a troca.",
          "A caneca da coleção Outono que você pediu sai amanhã do estoque.",
          "Para devolver, acesse Meus pedidos na Amazon e escolha o motivo.",
          "Na nota fiscal aparece o nome da nossa loja na Amazon, Casa Lua.",
          "O novo código de rastreio já está ativo.",
          "Já temos sua devolução no estoque e o reembolso sai hoje.",
          "Você pode ver todos os detalhes da entrega no link de rastreio.",
          "Se gostou do nosso atendimento, ficamos muito felizes.",
          "Para completar seu cadastro de garantia, nossa equipe vai ligar amanhã.",
          "Se precisar de mais informações, o kit de instalação vai junto na caixa.",
          "No nosso site você encontra um vídeo de montagem passo a passo.",
          "Na caixa você encontra uma etiqueta de devolução da nossa loja.",
          "Se precisar de mais ajuda, também temos atendimento por telefone.",
          "Se tiver interesse, mandamos também a nota fiscal em PDF.",
          "Nosso suporte funciona muito bem com o seu modelo de TV, já testamos.",
          "Se um dia precisar da nota fiscal de novo, é só pedir.",
          "Fazemos também a troca de tamanho sem custo.",
        ],
        invalid: [
          {
            text:
              "Aliás, acabamos de lançar uma linha de capinhas de couro que combina perfeito com seu celular.",
            messageId: "crossSell",
          },
          {
            text:
              "Se gostou desta garrafa, na nossa loja você encontra canecas e copos do mesmo estilo.",
            messageId: "crossSell",
          },
          {
            text:
              "Problema do cabo resolvido; se tiver interesse, também temos adaptadores veiculares.",
            messageId: "crossSell",
          },
          {
            text:
              "Nesta estação lançamos cores novas para toda a linha de mochilas.",
            messageId: "crossSell",
          },
          {
            text:
              "Convidamos você a conhecer o restante dos nossos produtos de cozinha.",
            messageId: "crossSell",
          },
          {
            text:
              "Se precisar de mais filtros, temos kits com 6 e com 12 unidades.",
            messageId: "crossSell",
          },
          {
            text:
              "Nossa coleção de inverno já chegou, com certeza tem algo pra você.",
            messageId: "crossSell",
          },
          {
            text:
              "Dá uma passadinha na nossa loja da Amazon, sempre tem coisa nova.",
            messageId: "crossSell",
          },
          {
            text:
              "Muitos clientes que compram esta luminária também levam nossas lâmpadas dimerizáveis.",
            messageId: "crossSell",
          },
          {
            text:
              "Para completar seu kit, sugerimos o suporte de parede que combina com ele.",
            messageId: "crossSell",
          },
          {
            text: "Quando precisar de tinta de novo, lembre-se da gente.",
            messageId: "promotion",
          },
          {
            text: "Procure «Casa Lua» na Amazon para ver tudo o que vendemos.",
            messageId: "crossSell",
          },
          {
            text:
              "Pra não acontecer de novo, nosso limpador de inox funciona muito bem com esse tipo de panela.",
            messageId: "crossSell",
          },
          {
            text:
              "Mandamos duas mudas novas; se quiser, também temos vasos de cerâmica que ficam perfeitos com elas.",
            messageId: "crossSell",
          },
          {
            text:
              "Aliás, temos uma versão com fundo reforçado, caso tenha interesse.",
            messageId: "crossSell",
          },
          {
            text: "Siga a gente para ficar por dentro dos lançamentos.",
            messageId: "crossSell",
          },
          {
            text:
              "Esse fim de semana tem 20% em toda a nossa linha de panelas.",
            messageId: "promotion",
          },
          {
            text:
              "A gente também faz porta-copos com a mesma gravação, se quiser montar um kit.",
            messageId: "crossSell",
          },
          {
            text:
              "Para não manchar de novo, recomendamos nosso spray de cura para frigideiras.",
            messageId: "crossSell",
          },
          {
            text:
              "E nesta semana de Black Friday, a impermeabilização sai com 30% de desconto se for agendada junto com a higienização.",
            messageId: "promotion",
          },
          {
            text:
              "Você pode ver todos os nossos itens na página da nossa marca na Amazon.",
            messageId: "crossSell",
          },
          {
            text:
              "Procure a gente na Amazon como Casa Lua e veja o resto da coleção.",
            messageId: "crossSell",
          },
          {
            text: "Já temos a versão na cor preta, se tiver interesse.",
            messageId: "crossSell",
          },
          {
            text:
              "Pra evitar isso, cairia muito bem nosso kit de limpeza para inox.",
            messageId: "crossSell",
          },
          {
            text:
              "Na nossa loja da Amazon você encontra um limpador ideal para essas manchas.",
            messageId: "crossSell",
          },
          {
            text:
              "Aliás, fazemos também toalhas combinando com os guardanapos que você pediu.",
            messageId: "crossSell",
          },
          {
            text: "Se um dia precisar de refil, na nossa loja tem todos.",
            messageId: "crossSell",
          },
          {
            text: "Já viu nossas capinhas novas? Ficam lindas com esse modelo.",
            messageId: "crossSell",
          },
          {
            text: "Aproveitando, este mês lançamos a coleção de inverno.",
            messageId: "crossSell",
          },
          {
            text:
              "E nesta semana da Black Friday, a limpeza do colchão sai pela metade do preço.",
            messageId: "promotion",
          },
        ],
      },
    },
  };

testRuleCases("review", "pt-BR", PROBES["pt-BR"]!.review);
testRuleCases("marketing", "pt-BR", PROBES["pt-BR"]!.marketing);

// Probes of the weak classes: review verbs and opinion words in other senses,
// help content, soft cross-selling, review wishes and instructions.
const PROBES_PT_BR_CLEAN = [
  "Poderia avaliar as duas cores e nos dizer qual prefere?",
  "Nosso técnico vai avaliar o estado do aparelho quando chegar.",
  "Você não precisa fazer nada: nem formulário nem avaliação.",
  "Confira a prova de impressão e nos dê o ok antes de imprimir.",
  "Analisamos a sua reclamação e o reembolso está em andamento.",
  "Dê uma olhada no nosso guia de instalação, está tudo explicado passo a passo.",
  "Consulte nossas perguntas frequentes se a luz piscar.",
  "A peça de reposição chega amanhã, o novo modelo é idêntico.",
  "Para resgatar o código, acesse a página de resgate do fabricante.",
  "Não hesite em falar com nossa equipe se tiver qualquer dúvida.",
  "Dê uma olhada no nosso manual antes de usar.",
  "Para resgatar o código, acesse a página de resgate da loja do fabricante.",
  "Para completar seu cadastro na garantia, acesse o site do fabricante.",
  "Sua opinião é valiosa para decidirmos: o tamanho maior serviria para você?",
  "O técnico vai avaliar o defeito e te liga amanhã.",
  "Anotamos a sua observação sobre a embalagem.",
  "Acesse nossa página de ajuda para a devolução, a etiqueta já está pronta.",
];

testRuleCases("review", "pt-BR", {
  valid: PROBES_PT_BR_CLEAN,
  invalid: [
    {
      "text":
        "Se gostar da manta, umas palavrinhas na Amazon ajudariam muito outros compradores.",
      "messageId": "gating",
    },
    {
      "text": "Poderia avaliar sua compra na Amazon quando receber?",
      "messageId": "solicitation",
    },
    {
      "text":
        "Adoraríamos saber o que achou, de preferência na página do produto.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Na hora de dar a nota, lembre que só cinco estrelas ajudam de verdade.",
      "messageId": "solicitation",
    },
    {
      "text": "Na avaliação, escreva que a entrega foi rápida.",
      "messageId": "instructions",
    },
    {
      "text":
        "Sua avaliação ajuda outros clientes a escolher, deixe a sua na Amazon.",
      "messageId": "solicitation",
    },
    {
      "text":
        "Se gostou da luminária, umas linhas na página da Amazon nos deixariam muito felizes.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "pt-BR", {
  valid: PROBES_PT_BR_CLEAN,
  invalid: [
    {
      "text":
        "Se precisar de mais alguma coisa para a cozinha, também temos tampas combinando.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Dê uma olhada nas nossas frigideiras de ferro, feitas na mesma oficina.",
      "messageId": "crossSell",
    },
    {
      "text": "Se precisar de mais refis, também vendemos em kits com seis.",
      "messageId": "crossSell",
    },
    {
      "text": "Nossa linha de inverno acabou de chegar, com cores novas.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Dica: nosso óleo para madeira combina perfeitamente com sua tábua.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Até domingo a loja toda está com 20% de desconto no cupom VERAO20.",
      "messageId": "promotion",
    },
    {
      "text":
        "Também temos fronhas combinando, nos mesmos tons, se tiver interesse.",
      "messageId": "crossSell",
    },
    {
      "text":
        "Nossa coleção de primavera acabou de sair, com estampas florais.",
      "messageId": "crossSell",
    },
  ],
});

// Gating with an ambiguous review verb, thanks for the service, and
// cross-selling after a digital key.
const GATING_PROBES_PT_BR_CLEAN = [
  "Se gostou do nosso atendimento, ficamos felizes; obrigado pela paciência.",
];

testRuleCases("review", "pt-BR", {
  valid: GATING_PROBES_PT_BR_CLEAN,
  invalid: [
    {
      "text": "Antes de avaliar, fale conosco primeiro.",
      "messageId": "gating",
    },
  ],
});

testRuleCases("marketing", "pt-BR", {
  valid: GATING_PROBES_PT_BR_CLEAN,
  invalid: [],
});
