import {
  assertLexiconShape,
  check,
  type ClassProbes,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  type RuleCases,
  testClassProbes,
  testProbes,
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
      "messageId": "instructions",
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

// Probes written for the classes that must generalize (soft cross-selling
// after a fix or advice, review wishes, instructions, roundabout rewards,
// change requests) and their clean traps (review words in other senses,
// stars that are not ratings, negated requests, neutral advice), in the
// message types sellers send: delivery, service visit, customization,
// digital key, unexpected problem.
const GENERAL_PT_BR_CLEAN = [
  "Analisamos as fotos e o técnico vai dar o parecer dele amanhã.",
  "Precisamos da sua aprovação da arte da gravação até quinta.",
  "A taxa de câmbio do seu banco não depende da gente.",
  "A transportadora vai avaliar se dá para fazer uma segunda tentativa de entrega.",
  "A revisão do aquecedor está incluída na visita de terça.",
  "Vamos analisar o seu pedido de garantia em até 48 horas.",
  "O preço é calculado pela taxa por hora do técnico.",
  "Mande os seus comentários sobre a prova do logotipo.",
  "Na agenda personalizada imprimimos a tabela de notas da escola, como pediu.",
  "O fabricante está avaliando o seu pedido de troca.",
  "A avaliação do perito sobre o dano sai depois da vistoria.",
  "Diga o que acha do orçamento para a instalação.",
  "O indicador do sensor mostra que a bateria está descarregada: tente carregar.",
  "Avalie você se prefere retirar no ponto de coleta ou receber em casa.",
  "O pacote será entregue no Hotel Mirante, quatro estrelas, Rua Augusta 5.",
  "A geladeira tem selo Procel A, o melhor da categoria.",
  "O edredom é a versão com cinco estrelas bordadas, como pedido.",
  "O restaurante com estrela Michelin onde será o evento recebe a entrega às 10h.",
  "O conhaque tem três estrelas no rótulo, o mesmo que você pediu.",
  "O técnico vai até o hotel 5 estrelas onde você está; procure a recepção.",
  "O colchão tem qualidade cinco estrelas, com dez anos de garantia.",
  "O cortador de biscoito em forma de estrelas de 5 cm já está a caminho.",
  'A placa gravada diz "Chef 3 estrelas", como você pediu.',
  "O camping quatro estrelas não recebe encomendas no domingo: a entrega fica para segunda.",
  "A lavadora tem certificação de eficiência cinco estrelas.",
  "No kit vêm 5 estrelas fluorescentes de reposição.",
  "Você não precisa fazer nada: nem formulário, nem avaliação, nem nota para deixar.",
  "O reembolso é automático, não precisa de nenhum comentário.",
  "Não pedimos avaliações: basta que a peça funcione.",
  "Para ativar a chave, não é preciso nenhum cadastro nem avaliação.",
  "Não é necessário deixar comentários nem estrelas para receber a troca.",
  "A garantia vale mesmo sem avaliação.",
  "Nenhuma avaliação necessária: o técnico passa na terça às 9h.",
  "Não tem nada para preencher, nem mesmo uma pesquisa.",
  "O vale de cortesia pelo atraso não depende de forma alguma de uma avaliação.",
  "Não precisamos de nenhuma opinião sua, só da confirmação do endereço.",
  "Nenhum cupom para digitar: o reembolso sai hoje.",
  "Não vendemos outros acessórios para esse modelo, sinto muito.",
  "Uma dica: seque bem o couro antes de guardar a bolsa.",
  "O técnico vai verificar também a mangueira de saída, está incluído na visita.",
  "Se precisar de outra via da nota fiscal, é só avisar.",
  "Mandamos também os parafusos de reposição que faltavam.",
  "Se precisar de ajuda com a instalação, estamos aqui.",
  "A licença vale para um aparelho, como indicado na página do produto.",
  "Recomendamos usar só detergente neutro na limpeza.",
  "A cor que você escolheu voltou ao estoque e sai hoje.",
  "A peça nova é compatível com o seu modelo, não precisa de mais nada.",
  "Se preferir, podemos mandar a peça para o seu escritório.",
  "Para fixar na parede, precisa de buchas de 8 mm, que não acompanham.",
  "O técnico vai levar também o filtro novo, já pago no pedido.",
  "O técnico avaliou o aquecedor e o orçamento vai chegar por e-mail.",
  "Aguardamos a sua aprovação do texto da gravação antes de começar.",
  "Diga o que acha da nova data de entrega que a transportadora propôs.",
  "A entrega é na pousada três estrelas da Rua das Flores; deixe o nome na portaria.",
  "O edredom cinco estrelas de aquecimento é o mais quente da linha.",
  "Não precisa deixar avaliação nem estrelas: o reembolso já saiu.",
  "Se precisar de mais sacos para o aspirador, vieram dois a mais na caixa.",
  "Uma dica para a limpeza: use um pano macio e água morna.",
  "O técnico vai instalar também o suporte que veio no pedido.",
  "Se precisar de outra via da garantia, mandamos também por e-mail.",
  "O técnico instala também o suporte de parede que você pediu, já está incluído.",
  "Aproveitando, confira por favor se o cabo está bem encaixado.",
  "Você encontra também a nota fiscal em Meus pedidos.",
  "Caso precise, dá para acompanhar a entrega pelo código de rastreio abaixo.",
  "Saiba que a transportadora passa entre 9h e 13h.",
  "Muitos clientes perguntam como limpar o filtro: basta enxaguar.",
  "Recomendamos guardar a caixa caso precise devolver.",
  "Se depois escrever para o fabricante, informe o número de série da etiqueta.",
  "O pacote família que você comprou cobre cinco aparelhos.",
  "Pode ser útil saber que a devolução é grátis por 30 dias.",
  "Uma dica: enxágue o filtro uma vez por mês.",
  "Temos também uma boa notícia: o pedido já saiu para entrega.",
  "Lembre que o prazo para devolução é de 30 dias.",
];

testRuleCases("review", "pt-BR", {
  valid: GENERAL_PT_BR_CLEAN,
  invalid: [
    {
      text: "Adoraríamos ler a sua opinião sobre o produto.",
      messageId: "solicitation",
    },
    {
      text:
        "Esperamos que goste do tapete e que queira contar para outros compradores.",
      messageId: "solicitation",
    },
    {
      text:
        "Sua opinião sobre a compra seria muito valiosa para quem ainda está em dúvida.",
      messageId: "solicitation",
    },
    {
      text: "Tomara que a gente mereça as suas cinco estrelas.",
      messageId: "solicitation",
    },
    {
      text:
        "Um comentário seu na página do produto seria um presentão para o nosso pequeno ateliê.",
      messageId: "solicitation",
    },
    {
      text:
        "Depois de usar a cafeteira por alguns dias, adoraríamos saber como foi a sua experiência, também na Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Cada avaliação conta muito para um vendedor pequeno como a gente.",
      messageId: "solicitation",
    },
    {
      text:
        "Somos uma pequena empresa familiar: a sua voz na Amazon nos ajuda a crescer.",
      messageId: "solicitation",
    },
    {
      text:
        "Seria ótimo se outros clientes pudessem ler como foi comprar com a gente.",
      messageId: "solicitation",
    },
    {
      text: "Estamos torcendo por uma avaliação bacana!",
      messageId: "solicitation",
    },
    {
      text: "Um comentariozinho seu na Amazon faria o nosso dia.",
      messageId: "solicitation",
    },
    {
      text:
        "Se essa solução te deixou satisfeito, algumas palavras na Amazon significariam muito para nós.",
      messageId: "gating",
    },
    {
      text:
        "Se o técnico esteve à altura, a sua opinião sobre o serviço nos deixaria muito felizes.",
      messageId: "gating",
    },
    {
      text:
        "Se a chave funcionar como esperado, adoraríamos saber o que você acha, lá na Amazon.",
      messageId: "gating",
    },
    {
      text:
        "Se for escrever sobre o serviço, mencione que a dedetização não deixou cheiro.",
      messageId: "instructions",
    },
    {
      text: "Na Amazon, avaliações com fotos ajudam muito outros clientes.",
      messageId: "instructions",
    },
    {
      text: "No comentário do produto, diga que a cor é idêntica à da foto.",
      messageId: "instructions",
    },
    {
      text:
        "Seria bom se na sua avaliação você falasse da qualidade do tecido.",
      messageId: "instructions",
    },
    {
      text:
        "Adicione um vídeo da montagem à sua avaliação, assim os outros veem como é fácil.",
      messageId: "instructions",
    },
    {
      text:
        "No feedback do vendedor, deixe claro que o atraso foi da transportadora e não nosso.",
      messageId: "instructions",
    },
    {
      text: "Não esqueça de citar o nosso atendimento na avaliação.",
      messageId: "instructions",
    },
    {
      text: "Uma avaliação que fale da duração da bateria seria perfeita.",
      messageId: "instructions",
    },
    {
      text: "Se puder, na avaliação evite falar do atraso.",
      messageId: "instructions",
    },
    {
      text:
        "Coloque na sua avaliação o nome do modelo, para os outros acharem fácil.",
      messageId: "instructions",
    },
    {
      text: "Você poderia incluir na avaliação uma foto do produto montado?",
      messageId: "instructions",
    },
    {
      text:
        "Os clientes que contam a experiência na página do produto ganham um vale de 30 reais.",
      messageId: "incentive",
    },
    {
      text:
        "Depois da sua avaliação, mandamos de presente um kit de peças de reposição.",
      messageId: "incentive",
    },
    {
      text: "Para agradecer a sua avaliação, devolvemos o valor do frete.",
      messageId: "incentive",
    },
    {
      text: "Quem deixa um comentário na Amazon concorre a um cartão-presente.",
      messageId: "incentive",
    },
    {
      text: "Mande o print da avaliação que a gente devolve 20% do valor.",
      messageId: "incentive",
    },
    {
      text:
        "Assim que a avaliação for publicada, estendemos a garantia para três anos.",
      messageId: "incentive",
    },
    {
      text:
        "Damos um mês de assinatura grátis se você avaliar a licença na Amazon.",
      messageId: "incentive",
    },
    {
      text: "Avaliações com fotos são premiadas com reembolso parcial.",
      messageId: "incentive",
    },
    {
      text: "Quem der cinco estrelas para a gente recebe um cupom de 15 reais.",
      messageId: "incentive",
    },
    {
      text:
        "Para cada opinião publicada, mandamos uma amostra do perfume novo.",
      messageId: "incentive",
    },
    {
      text:
        "Agora que o problema foi resolvido, você poderia atualizar a sua avaliação?",
      messageId: "change",
    },
    {
      text:
        "Como trocamos a peça, ficaríamos gratos se você revisse a avaliação negativa.",
      messageId: "change",
    },
    {
      text: "Se agora está satisfeito, pedimos que tire o feedback negativo.",
      messageId: "gating",
    },
    {
      text:
        "Reembolsamos o pedido: seria possível retirar o comentário de uma estrela?",
      messageId: "incentive",
    },
    {
      text:
        "Pedimos com carinho que corrija a avaliação, já que o pacote chegou.",
      messageId: "change",
    },
    {
      text: "Você pode mudar a nota agora que a chave funciona?",
      messageId: "change",
    },
    {
      text:
        "Sua avaliação de uma estrela não reflete mais a situação: edite, por favor.",
      messageId: "change",
    },
    {
      text:
        "Depois da visita do técnico, você toparia reconsiderar a sua opinião na Amazon?",
      messageId: "change",
    },
    {
      text:
        "Seria muito gentil da sua parte apagar a avaliação, já que resolvemos.",
      messageId: "change",
    },
    {
      text:
        "Você nos faria um favor se aumentasse as estrelas da sua avaliação.",
      messageId: "change",
    },
    {
      text: "Esperamos que agora possa repensar a sua nota de duas estrelas.",
      messageId: "change",
    },
    {
      text:
        "Para excluir o comentário, é só ir em Meus pedidos e clicar em Excluir.",
      messageId: "change",
    },
    {
      text:
        "Adoraríamos saber o que você pensa da luminária; umas linhas na Amazon fariam toda a diferença.",
      messageId: "solicitation",
    },
    {
      text:
        "Sua avaliação na página do produto ajudaria demais quem está indeciso.",
      messageId: "solicitation",
    },
    {
      text:
        "Se a montagem deu certo, ficaríamos gratos por umas estrelinhas na Amazon.",
      messageId: "gating",
    },
    {
      text: "Na avaliação, seria legal citar a rapidez do técnico.",
      messageId: "instructions",
    },
    {
      text: "Se deixar um comentário na Amazon, coloque umas fotos do bordado.",
      messageId: "instructions",
    },
    {
      text: "Quem avaliar o produto ganha de presente um segundo filtro.",
      messageId: "incentive",
    },
    {
      text: "Devolvemos 5 reais assim que virmos a sua avaliação publicada.",
      messageId: "incentive",
    },
    {
      text: "Agora que a peça nova chegou, você toparia atualizar as estrelas?",
      messageId: "change",
    },
    {
      text:
        "Seria possível tirar a avaliação negativa, já que devolvemos tudo?",
      messageId: "incentive",
    },
  ],
});

testRuleCases("marketing", "pt-BR", {
  valid: GENERAL_PT_BR_CLEAN,
  invalid: [
    {
      text:
        "Uma dica: nosso creme hidratante mantém o couro da bolsa macio por anos.",
      messageId: "crossSell",
    },
    {
      text: "Temos também licenças para o celular, caso precise.",
      messageId: "crossSell",
    },
    {
      text:
        "Se precisar de mais alguma coisa para a cozinha, dá uma olhada nas nossas facas.",
      messageId: "crossSell",
    },
    {
      text:
        "Já que o técnico vai estar na sua casa, podemos fazer também a revisão do aquecedor.",
      messageId: "crossSell",
    },
    {
      text:
        "Agora que está resolvido, avisamos que vendemos também suportes de parede para o mesmo modelo.",
      messageId: "crossSell",
    },
    {
      text: "Para a limpeza do dia a dia, sugerimos o nosso spray específico.",
      messageId: "crossSell",
    },
    {
      text:
        "Muitos clientes combinam essa luminária com a nossa cúpula de linho.",
      messageId: "crossSell",
    },
    {
      text: "Fazemos também toalhas de mesa combinando com as suas cortinas.",
      messageId: "crossSell",
    },
    {
      text:
        "Além das canecas, gravamos também chaveiros e copos com a mesma arte.",
      messageId: "crossSell",
    },
    {
      text:
        "Para proteger a tela, tem também a nossa película de vidro temperado, compatível com o seu tablet.",
      messageId: "crossSell",
    },
    {
      text:
        "A chave vale para um aparelho; para a família toda oferecemos também a versão para cinco aparelhos.",
      messageId: "crossSell",
    },
    {
      text: "Com a chegada do frio, o nosso aquecedor pode ser útil também.",
      messageId: "crossSell",
    },
    {
      text: "No nosso catálogo você encontra também os refis originais.",
      messageId: "crossSell",
    },
    {
      text:
        "Durante a visita, o técnico pode instalar também o nosso filtro, é só pedir.",
      messageId: "crossSell",
    },
    {
      text: "Se gostou da capa, temos a mesma em mais três cores.",
      messageId: "crossSell",
    },
    {
      text:
        "Como você escolheu o bule de ferro, saiba que temos também as xícaras combinando.",
      messageId: "crossSell",
    },
    {
      text:
        "Para quem tem cachorro, fazemos também caminhas acolchoadas no mesmo tecido.",
      messageId: "crossSell",
    },
    {
      text:
        "Sua licença cobre um PC: se quiser proteger também o celular, tem o nosso pacote família.",
      messageId: "crossSell",
    },
    {
      text:
        "Agora que o termostato está funcionando, lembramos que instalamos também válvulas inteligentes para os radiadores.",
      messageId: "crossSell",
    },
    {
      text: "Para manter a faca afiada, recomendamos a nossa pedra de afiar.",
      messageId: "crossSell",
    },
  ],
});

// More probes: catalogue and made-to-order wording, "customers who buy",
// items in the seller's store, reviews as advertising, the review request
// Amazon sends, and instructions, rewards and changes in other words; with
// their clean traps (help pages, refunds, quoted buyer text, stickers).
const MORE_PT_BR_CLEAN = [
  "Aliás, sobre a devolução: a etiqueta está anexada e a transportadora passa amanhã.",
  "Quem receber o pacote precisa assinar o comprovante de entrega.",
  "Sua assinatura está ativa também no segundo aparelho, como pediu.",
  "Estamos curiosos para saber se o novo tamanho serviu: mande uma foto se quiser.",
  "As instruções estão no nosso site, na seção Downloads.",
  "Quem compra pela Amazon recebe a nota fiscal em Meus pedidos.",
  "Quando a Amazon pedir a confirmação da devolução, clique em Enviar.",
  "O modelo que você pediu saiu do catálogo; vamos reembolsar tudo.",
  "Não fazemos propaganda por e-mail, só escrevemos sobre o seu pedido.",
  "A cortina sob medida que você encomendou está em produção e sai sexta.",
  "As peças que faltavam estão no nosso estoque e saem hoje.",
  "O técnico leva também as buchas, já estão no orçamento.",
  "O técnico vai avaliar no local se vale a pena consertar ou trocar a peça.",
  "Reembolsamos o pedido; se quiser, pode entregar o pacote ao entregador amanhã.",
  'Você escreveu "vou deixar uma avaliação de uma estrela": sentimos muito, a peça nova sai hoje.',
  "A avaliação do perito sobre o dano no transporte está anexada.",
  "As estrelas adesivas do kit brilham no escuro e saem sem deixar marca.",
  "Nenhum questionário para preencher: a devolução já está registrada.",
];

testRuleCases("review", "pt-BR", {
  valid: MORE_PT_BR_CLEAN,
  invalid: [
    {
      text:
        "Umas palavrinhas suas na Amazon, mesmo curtas, valeriam ouro para nós.",
      messageId: "solicitation",
    },
    {
      text:
        "Estamos curiosos para saber como está sendo dormir no colchão: conta lá na Amazon.",
      messageId: "solicitation",
    },
    {
      text:
        "As avaliações de clientes como você são a nossa melhor propaganda.",
      messageId: "solicitation",
    },
    {
      text:
        "Se o pacote chegou inteiro e você gostou do produto, lembre da gente quando a Amazon pedir sua opinião.",
      messageId: "gating",
    },
    {
      text:
        "Quando for avaliar o item na Amazon, seria útil lembrar que a entrega foi pontual.",
      messageId: "instructions",
    },
    {
      text: "No seu comentário na Amazon, conte que a cor da foto é fiel.",
      messageId: "instructions",
    },
    {
      text: "Se avaliar o serviço, diga que o técnico chegou antes do horário.",
      messageId: "instructions",
    },
    {
      text:
        "Para quem deixa a opinião na Amazon, damos um vale para o próximo pedido.",
      messageId: "incentive",
    },
    {
      text: "Se mandar o link da sua avaliação, creditamos 10 reais.",
      messageId: "incentive",
    },
    {
      text: "Para cada avaliação com foto vai uma caneca de brinde.",
      messageId: "incentive",
    },
    {
      text:
        "Como o problema foi resolvido, pediríamos que revisasse as duas estrelas que nos deu.",
      messageId: "change",
    },
    {
      text:
        "Você poderia transformar seu feedback negativo em positivo agora que está tudo certo?",
      messageId: "change",
    },
    {
      text:
        "A gente ficaria muito feliz se você contasse sua experiência para outros compradores.",
      messageId: "gating",
    },
    {
      text: "Esperamos receber logo as suas estrelinhas na Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "pt-BR", {
  valid: MORE_PT_BR_CLEAN,
  invalid: [
    {
      text:
        "Para o seu jardim, temos no catálogo também aspersores e mangueiras da mesma marca.",
      messageId: "crossSell",
    },
    {
      text: "Informamos que fazemos sob encomenda também cortinas sob medida.",
      messageId: "crossSell",
    },
    {
      text:
        "Quem compra essa furadeira costuma levar também o nosso jogo de brocas.",
      messageId: "crossSell",
    },
    {
      text:
        "Aliás: as capinhas que combinam com o seu celular estão à venda na nossa loja.",
      messageId: "crossSell",
    },
    {
      text:
        "Se estiver pensando em outros presentes personalizados, gravamos também canetas e relógios.",
      messageId: "crossSell",
    },
    {
      text:
        "Sua assinatura cobre Windows; existe também a versão para Mac, se tiver interesse.",
      messageId: "crossSell",
    },
  ],
});

// Soft cross-selling written after the rest: matching goods after "if you
// like …", "many customers give it with our …", an add-on at a price after a
// digital key, a yearly service booked with us, the same series; with the
// same words in order talk (parcel contents, proofs, notes, spare parts).
const SERIES_PT_BR_CLEAN = [
  "Se preferir cores mais claras, podemos trocar a linha antes do bordado.",
  "Na mesma conta você pode ativar a licença no segundo computador incluído na compra.",
  "Para evitar o problema no futuro, limpe o filtro todo mês.",
  "Na caixa tem também os parafusos e o manual de montagem.",
  "Se você gosta da cor da prova, confirme e a gente imprime.",
  "Você pode adicionar um recado para o entregador em Meus pedidos.",
  "Muitos clientes perguntam se a tampa vai na lava-louças: vai, sem problema.",
  "A peça de reposição é da mesma linha do seu aparelho, então é compatível.",
  "A próxima revisão está incluída na garantia, não precisa pagar nada.",
];

testRuleCases("review", "pt-BR", {
  valid: SERIES_PT_BR_CLEAN,
  invalid: [],
});

testRuleCases("marketing", "pt-BR", {
  valid: SERIES_PT_BR_CLEAN,
  invalid: [
    {
      text:
        "A plaquinha gravada está pronta. Muitos clientes dão de presente junto com o nosso chaveiro combinando.",
      messageId: "crossSell",
    },
    {
      text:
        "Aqui está o código de ativação. Na mesma conta você pode adicionar a nossa VPN pela metade do preço.",
      messageId: "promotion",
    },
    {
      text:
        "Depois da instalação da lava-louças, você pode agendar com a gente também a revisão anual.",
      messageId: "promotion",
    },
    {
      text:
        "Como você gostou da caneca, na mesma linha tem também pratos e tigelas.",
      messageId: "crossSell",
    },
  ],
});

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "pt-BR", {
  valid: [
    "Lemos a sua avaliação e pedimos desculpas pelo transtorno.",
    "Vimos a sua avaliação e já reembolsamos o frete.",
    "Pedimos a sua compreensão quanto ao atraso; a sua avaliação foi encaminhada ao setor de qualidade.",
  ],
  invalid: [
    {
      text: "Pedimos que deixe uma avaliação do produto na Amazon.",
      messageId: "solicitation",
    },
  ],
});

// Class probes of the weak classes: soft cross-selling and promotions
// without promotional keywords (a new line or season, the seller's other
// goods, "if you need more", a service after a repair, matching goods), review
// instructions, wishes and roundabout rewards; clean traps with the same
// words in order talk (stars of a hotel or a test, review words in other
// senses, product names). Probes the rules still miss stay listed as known.

const CLASS_PROBES_PT: ClassProbes = {
  clean: {
    "star-rating-other": [
      "A geladeira tem selo Procel A, então gasta pouquíssima energia.",
      "O entregador deixa o pacote no hotel quatro estrelas da Avenida Atlântica, na recepção.",
      "O tecido tem nota 5 de 5 no teste de resistência à abrasão.",
      "A estampa da toalha é de estrelas douradas, como na foto.",
      "Enviamos para o seu endereço no resort 5 estrelas até sexta.",
      "O capacete recebeu quatro estrelas no teste de segurança independente.",
      "O travesseiro tem firmeza 3 de 5 segundo a ficha técnica.",
      "A lavadora de substituição é classe B, um nível acima da que foi comprada.",
      "Nosso entregador deixa o pacote na pousada 3 estrelas do endereço.",
      "A cúpula do abajur é vazada com estrelinhas, como você pediu.",
      "O ar-condicionado da troca tem selo Procel A no resfriamento.",
      "O colchão tem firmeza 7 de 10 segundo o fabricante.",
      "A cadeirinha tirou nota máxima no teste de impacto.",
      "O conhaque que você pediu é o três estrelas, não o VSOP.",
      "Você pode retirar o pacote na recepção do hotel quatro estrelas até as 20h.",
      "O brinquedo tem selo do Inmetro e cinco estrelas no teste de segurança.",
      "A toalha tem um bordado de estrelas azuis na barra.",
      "O freezer da troca é quatro estrelas, igual ao seu.",
      "Entregamos também na pousada três estrelas informada no pedido.",
      "As cinco estrelas no visor indicam o nível de potência, não é um erro.",
      "Pode confirmar, por favor, se a entrega é no hotel cinco estrelas ou na sua casa?",
      "Se estiver satisfeito com a lavadora classe A, pode ficar com ela: o reembolso parcial já saiu.",
      "O restaurante com estrela Michelin onde você trabalha pode receber o pacote antes das 11h? Avise a gente.",
      "Pode conferir na página do produto: o capacete tem cinco estrelas no teste de segurança.",
      "Se preferir o modelo quatro estrelas para o freezer, podemos trocar.",
      "Lembrando que a pousada três estrelas informada fecha a recepção às 20h.",
    ],
    "review-word-other": [
      "Pedimos que revise a prova da gravação e nos confirme o texto.",
      "Analisamos o seu pedido de devolução e ele foi aprovado.",
      "O técnico vai avaliar o estrago na visita.",
      "Dê um retorno assim que receber o pacote para fecharmos o chamado.",
      "A revisão do aquecedor está incluída no serviço contratado.",
      "Você decide se prefere o reembolso ou a troca.",
      "Diga o que acha dos dois tons da prova de cor antes da impressão.",
      "Nosso setor de qualidade avaliou as fotos e confirmou o defeito.",
      "Segue em anexo o orçamento comentado item por item.",
      "Revisamos o orçamento e tiramos o valor do frete.",
      "Nosso técnico deu parecer favorável ao conserto.",
      "Pedimos um comentário sobre a prova do bordado até amanhã.",
      "Vamos avaliar juntos a melhor solução: reembolso ou novo envio?",
      "Deixe um comentário nas observações do pedido com o horário preferido.",
      "A nota do controle de qualidade foi boa, então a peça sai hoje.",
      "Mandamos uma atualização sobre o conserto a cada dois dias.",
      "Pode nos dar um retorno sobre o tamanho? Se ficou pequeno, trocamos.",
      "O técnico vai avaliar no local se vale a pena consertar ou trocar a bomba.",
      "Recebemos o seu comentário sobre o atraso e repassamos para a transportadora.",
      "O arquivo da arte está pronto: diga o que acha das proporções.",
      "Analisamos as fotos: o risco está coberto pela garantia.",
      "A avaliação do seu aparelho usado para a troca ficou em 40 reais.",
      "Quando for avaliar se fica com o produto, saiba que a devolução é grátis.",
      "Mande por favor sua opinião sobre o esboço: prefere a letra cursiva?",
      "Se a avaliação do estrago estiver ok, confirme e seguimos com o reembolso.",
      "Poderia revisar o endereço? Na página do pedido falta o número da rua.",
      "O técnico vai deixar um comentário sobre o conserto no relatório de atendimento.",
      "Diga o que acha da amostra de tecido antes do corte.",
      "Se a avaliação do seu aparelho usado estiver ok, enviamos o telefone novo amanhã.",
    ],
    "product-name": [
      "O seu kit Estrelas Cadentes de 5 peças chega amanhã.",
      "O creme Five Stars Repair foi enviado pelos Correios.",
      "O caderno Minhas Resenhas tem a capa dura que você pediu.",
      "O jogo de tabuleiro Super Oferta chega até quarta.",
      "Confirmamos a cor do pôster Nova Coleção 1998 antes da impressão.",
      "A caneca Pai Nota 10 está pronta para a gravação.",
      "O difusor Aroma Feedback Pro foi trocado por uma unidade nova.",
      "O livro Avaliações de Viagem está em reimpressão e chega dia 12.",
      "Seu jogo Cinco Estrelas Júnior sai hoje pela transportadora.",
      "O diário Minhas Avaliações está pronto com a dedicatória pedida.",
      "A panela Oferta do Chef chegou ao nosso depósito e sai amanhã.",
      "O perfume Nova Coleção esgotou: oferecemos o reembolso.",
      "A camiseta Feedback Loop tamanho M foi enviada.",
      "O livro Cinco Estrelas no Rio chega quinta.",
      "A luminária Star Rating 5 tem cabo de 2 metros.",
      "O kit Promo Kids foi trocado por uma unidade nova.",
    ],
    "marketing-soft-trap": [
      "Vamos enviar outro filtro para substituir o seu, sem custo.",
      "Se precisar de outra via da nota fiscal, é só avisar que mandamos.",
      "O modelo novo que enviamos na troca tem o mesmo encaixe.",
      "A coleta do pacote está marcada para segunda no nosso depósito.",
      "A peça de reposição voltou ao estoque: despachamos hoje para o seu pedido.",
      "Na caixa vão também o manual e dois parafusos extras.",
      "A cor pedida esgotou: prefere esperar ou escolher outro tom do mesmo produto?",
      "O manual atualizado está na nossa página de suporte.",
      "A reposição que você pediu vem em duas cores: qual prefere?",
      "Nesta semana a transportadora não entrega no sábado.",
      "O desconto aplicado ao seu pedido será estornado até sexta.",
      "Para completar a troca, envie o produto antigo pelos Correios.",
      "A obra no nosso depósito começa segunda, mas os envios seguem normais.",
      "A peça nova fica ótima com o seu modelo antigo, é totalmente compatível.",
      "Para o seu conforto, temos também atendimento por telefone.",
      "Se preferir, podemos fazer também a coleta do produto antigo sem custo.",
      "O vale de troca já foi enviado para o seu e-mail.",
      "Se um dia o problema voltar, é só escrever pra gente.",
      "Devolvemos a diferença: o preço cai para 99 reais também no seu pedido.",
      "Se precisar, o manual existe também em PDF no site do fabricante.",
      "A peça existe também na versão para o modelo antigo: mandamos a certa.",
      "O técnico faz também o teste final antes de ir embora.",
      "Quem levou o seu chamado vai te escrever amanhã.",
      "Para cada pedido enviamos a nota fiscal por e-mail.",
      "Criamos um novo pedido para a troca, sem custo.",
      "Na caixa vem um jogo de chaves Allen para a montagem.",
      "O jogo de lençóis da troca voltou ao estoque e sai amanhã.",
      "Se for melhor pra você, o entregador pode passar no sábado.",
      "É só mandar o novo endereço que a gente atualiza a entrega.",
      "O pedido chega até quinta, sem custo de frete.",
      "Quem comprou o modelo antigo pode usar a mesma peça de reposição.",
      "Criamos uma etiqueta de devolução pré-paga para você.",
      "No modo eco a temperatura cai para 18 graus.",
      "Como você já é cliente Prime, o frete da troca é grátis.",
      "Se um dia precisar de assistência, o conserto na garantia é grátis.",
      "O aroma do difusor da troca é o mesmo aroma do original.",
      "A loja também vende pela Amazon, então a nota fiscal vem por lá.",
      "O ventilador da troca acabou de sair do depósito.",
      "Se preferir, podemos segurar o pacote no depósito até segunda.",
      "A extensão de garantia que você comprou com o pedido já está ativa.",
      "O sofá e o puff combinando do seu pedido chegam juntos na quinta.",
      "Para confirmar o horário, é só responder esta mensagem.",
      "As peças estão chegando e o técnico passa na sexta.",
      "Aproveito para avisar que o entregador passa entre 9h e 12h.",
      "O seu pedido inclui também o cabo de carregamento e a capa.",
      "Você encontra o código de rastreio em Meus pedidos na Amazon.",
      "O filtro deve ser trocado a cada três meses para funcionar bem.",
      "Se gostou do atendimento, ficamos felizes: o técnico volta dia 12 para a revisão.",
      "Além do que você pediu, na caixa vai uma capa de reposição.",
    ],
    "review-trap": [
      "Escreva aqui se algo não estiver certo, respondemos em até um dia.",
      "Mande uma foto do estrago para abrirmos o chamado.",
      "Gostaríamos de saber se o pacote chegou inteiro.",
      "Esperamos que a peça nova resolva o problema.",
      "Você não precisa deixar avaliação nem preencher formulário: o reembolso é automático.",
      "Na observação para o entregador, informe o interfone e o andar.",
      "Informe o texto da gravação, por favor.",
      "Que bom que gostou da luminária, obrigado por nos contar!",
      "Mostre o defeito em um vídeo curto, por favor.",
      "Quem ganha com a troca rápida é você: o reembolso sai em dois dias.",
      "Conte como o problema aconteceu para abrirmos o chamado.",
      "O técnico vai avaliar o produto na visita de terça.",
      "Em agradecimento pela paciência, o frete da troca fica por nossa conta.",
      "Sua opinião sobre a cor da prova é valiosa antes de imprimirmos.",
      "Quem não conhece o aparelho costuma ter dúvida na instalação; o manual ajuda.",
      "Seria bom confirmar o número do apartamento para a entrega.",
      "Leve em conta que a transportadora não entrega aos domingos.",
      "Seria bom receber uma foto do estrago para completar o chamado.",
      "Cada comentário sobre a arte ajuda quem faz a gravação.",
      "O envio da peça nova fica por nossa conta, desculpe de novo.",
      "Sua opinião sobre a dedicatória é importante antes da gravação.",
      "Se nos mostrar a foto da etiqueta, mandamos a peça certa sem cobrar nada.",
      "As avaliações dos técnicos batem: o defeito é de fábrica.",
      "Depois da análise, a devolução fica por nossa conta.",
      "Lemos sua avaliação: o item não reflete a descrição, vamos enviar outro.",
      "A foto não reflete a cor real, desculpe.",
      "Pode rever a arte atualizada e confirmar o texto?",
      "Atualizamos o endereço de entrega como você pediu.",
      "Se o produto te agradou, ficamos felizes: bom dia!",
      "Conte pra gente o que aconteceu na hora da entrega.",
      "Escreva aqui se o problema voltar.",
      "Pedimos uma foto do número de série para abrir a garantia.",
      "Por favor, não cite o número do cartão nas mensagens.",
      "Não fale do conteúdo da caixa com o entregador, por segurança.",
      "O produto que você comprou está em promoção agora: devolvemos a diferença.",
      "A peça custa só alguns reais, mas sai de graça pela garantia.",
      "Estamos preparando o envio do seu pedido.",
      "Na próxima estação a transportadora vai entregar também aos sábados.",
      "O modelo novo tem mais estrelas de eficiência que o antigo.",
      "O seu ponto de vista sobre a cor da arte é importante antes de amanhã.",
      "Estamos torcendo para o entregador chegar no horário.",
      "Uma foto do liquidificador na sua cozinha ajudaria a gente a entender o defeito.",
      "Basta uma frase na observação para o entregador: segundo andar, porta 4.",
    ],
    "negation": [
      "Você não precisa fazer nada: nem formulário, nem avaliação nem nota para deixar na Amazon.",
      "Nenhuma avaliação para deixar na Amazon: o reembolso é automático.",
      "Não pedimos nenhuma avaliação: basta que o produto funcione.",
    ],
    "incentive-trap": [
      "Pelo transtorno, a capinha vai de presente, sem nenhuma condição.",
      "Devolvemos na hora a diferença de preço, como manda a garantia.",
      "A devolução é grátis: a etiqueta está dentro da caixa.",
      "O seu segundo pedido já saiu, o primeiro chega amanhã.",
      "Se pedir até as 14h, o pacote sai no mesmo dia.",
    ],
  },
  review: {
    "review-instructions": [
      {
        text:
          "Ao escrever sua avaliação, fale da rapidez com que resolvemos o problema.",
        messageId: "instructions",
      },
      {
        text: "No comentário da Amazon seria bom citar o nome da nossa loja.",
        messageId: "instructions",
      },
      {
        text:
          "Na sua resenha, evite mencionar o atraso, que não foi culpa nossa.",
        messageId: "instructions",
      },
      {
        text:
          "Avalie a compra com cinco estrelas e inclua uma foto do móvel montado.",
        messageId: "instructions",
      },
      {
        text:
          "Quando for avaliar o produto, diga que o tamanho é fiel à tabela.",
        messageId: "instructions",
      },
      {
        text:
          "Pedimos que informe na sua avaliação que a caixa chegou intacta.",
        messageId: "solicitation",
      },
      {
        text:
          "Se postar um vídeo junto com a avaliação, mostre bem o logo da marca.",
        messageId: "instructions",
      },
      {
        text:
          "Se for escrever duas linhas na Amazon, cite a gentileza do nosso entregador.",
        messageId: "instructions",
      },
      {
        text:
          "Na avaliação do produto, bastaria dizer que ele chegou antes do prazo.",
        messageId: "instructions",
      },
      {
        text: "Na sua resenha, valorize a qualidade da costura, por favor.",
        messageId: "solicitation",
      },
      {
        text: "Quando for nos avaliar, use o título Compra excelente.",
        messageId: "solicitation",
      },
      {
        text: "Gostaríamos que a sua avaliação tivesse uma foto da mesa posta.",
        messageId: "instructions",
      },
      {
        text:
          "Na hora de avaliar, leve em conta que o atraso foi da transportadora e não nosso.",
        messageId: "instructions",
      },
      {
        text:
          "Dê cinco estrelas para o custo-benefício quando for avaliar o item.",
        messageId: "solicitation",
      },
      {
        text: "Na avaliação do vendedor, escreva só que o envio foi rápido.",
        messageId: "solicitation",
      },
      {
        text:
          "Na sua avaliação, conte também como o nosso técnico foi atencioso.",
        messageId: "solicitation",
      },
      {
        text:
          "Quando for avaliar o serviço, não esqueça de citar a pontualidade do instalador.",
        messageId: "instructions",
      },
      {
        text:
          "Se publicar uma avaliação, coloque duas fotos: a da caixa e a do produto.",
        messageId: "instructions",
      },
      {
        text:
          "Para o título da sua avaliação, sugerimos: Qualidade surpreendente.",
        messageId: "instructions",
      },
      {
        text:
          "Avalie a compra pensando no preço: pelo que custa, merece a nota máxima.",
        messageId: "solicitation",
      },
      {
        text:
          "A sua avaliação deveria ser sobre o produto e não sobre a transportadora.",
        messageId: "instructions",
      },
      {
        text:
          "Na avaliação, por favor não mencione o atraso, que não foi culpa nossa.",
        messageId: "instructions",
      },
      {
        text:
          "Pedimos que não penalize o produto na sua avaliação por causa da entrega.",
        messageId: "instructions",
      },
      {
        text:
          "As avaliações mais úteis falam do uso no dia a dia: se for escrever uma, lembre disso.",
        messageId: "instructions",
      },
      {
        text:
          "Uma avaliação com o nome do nosso técnico ajudaria a gente a premiá-lo.",
        messageId: "solicitation",
      },
      {
        text: "Seria perfeito se a sua avaliação citasse o pós-venda.",
        messageId: "instructions",
      },
      {
        text:
          "O ideal seria uma avaliação com uma foto do liquidificador na sua cozinha.",
        messageId: "instructions",
      },
      {
        text: "No comentário da Amazon basta uma frase sobre a entrega rápida.",
        messageId: "instructions",
      },
    ],
    "review-wish": [
      {
        text: "Adoraríamos ler a sua opinião na página do produto.",
        messageId: "solicitation",
      },
      {
        text:
          "Um comentário seu seria valiosíssimo para quem ainda está em dúvida.",
        messageId: "solicitation",
      },
      {
        text: "Esperamos ver logo as suas estrelinhas na Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Seria uma honra para nós receber uma avaliação positiva sua.",
        messageId: "solicitation",
      },
      {
        text:
          "A sua experiência pode ajudar muitos outros compradores a escolher.",
        messageId: "solicitation",
      },
      {
        text:
          "Queríamos muito saber o que achou do liquidificador, quem sabe em duas linhas na Amazon.",
        messageId: "solicitation",
      },
      {
        text: "Uma nota sua para o produto nos ajudaria demais.",
        messageId: "solicitation",
      },
      {
        text:
          "Ficaríamos felizes se você contasse como foi a experiência com a compra para quem ainda não conhece.",
        messageId: "gating",
      },
      {
        text:
          "Seria maravilhoso ler umas palavras suas sobre o produto entre as avaliações.",
        messageId: "solicitation",
      },
      {
        text: "Quem sabe um dia a gente encontra a sua avaliação na Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Cada estrela que recebemos na Amazon vale ouro pra gente.",
        messageId: "solicitation",
      },
      {
        text:
          "Se o liquidificador te conquistou, muita gente ia gostar de saber pela sua avaliação.",
        messageId: "solicitation",
      },
      {
        text: "As avaliações de clientes como você ajudam quem compra depois.",
        messageId: "solicitation",
      },
      {
        text: "Esperamos receber em breve a sua avaliação.",
        messageId: "solicitation",
      },
      {
        text:
          "Saber o que você achou da luminária, quem sabe na página do produto, seria um presente pra nós.",
        messageId: "incentive",
      },
      {
        text: "A sua avaliação na Amazon faria toda a diferença pra gente.",
        messageId: "solicitation",
      },
      {
        text: "A gente adoraria que outros clientes lessem o que você achou.",
        messageId: "solicitation",
      },
      {
        text:
          "Se quiser, umas estrelinhas na página do produto deixariam a gente feliz.",
        messageId: "gating",
      },
      {
        text:
          "Estamos curiosos para ler a sua opinião sobre a torradeira na Amazon.",
        messageId: "solicitation",
      },
      {
        text:
          "Umas palavras suas na nossa página da Amazon seriam o melhor presente.",
        messageId: "incentive",
      },
      {
        text:
          "Seria uma honra encontrar o seu nome entre as avaliações do produto.",
        messageId: "solicitation",
      },
      {
        text: "Avaliações como a sua dão vida a lojas pequenas como a nossa.",
        messageId: "solicitation",
      },
      {
        text: "Que lindo seria ver a sua experiência contada na Amazon!",
        messageId: "solicitation",
      },
      {
        text: "Estamos torcendo por umas palavras suas na página do produto.",
        messageId: "solicitation",
      },
      {
        text:
          "O seu ponto de vista na Amazon faria diferença para uma loja pequena como a nossa.",
        messageId: "solicitation",
      },
    ],
    "review-incentive": [
      {
        text:
          "Para quem deixa um comentário sobre o produto, reservamos uma surpresinha no próximo pacote.",
        messageId: "solicitation",
      },
      {
        text:
          "Depois de publicar a avaliação, escreva pra gente: devolvemos metade do valor.",
        messageId: "incentive",
      },
      {
        text:
          "Como agradecimento pelas suas estrelas, mandamos de brinde um kit de refis.",
        messageId: "incentive",
      },
      {
        text:
          "Assim que a sua avaliação estiver no ar, creditamos 20 reais para você.",
        messageId: "incentive",
      },
      {
        text:
          "Quem avaliar o produto nesta semana ganha um ano a mais de garantia.",
        messageId: "incentive",
      },
      {
        text:
          "Mande o print da sua avaliação e enviamos um segundo filtro sem custo.",
        messageId: "incentive",
      },
      {
        text:
          "Em sinal de gratidão pelo seu comentário, vamos te enviar um vale-presente da Amazon.",
        messageId: "incentive",
      },
      {
        text:
          "O reembolso do frete a gente faz assim que ver a sua opinião publicada.",
        messageId: "incentive",
      },
      {
        text:
          "Para cada avaliação publicada, colocamos uma amostra no seu próximo pacote.",
        messageId: "incentive",
      },
      {
        text:
          "Se nos mostrar a sua avaliação, mandamos os refis sem cobrar nada.",
        messageId: "incentive",
      },
      {
        text:
          "As avaliações dos nossos clientes são retribuídas com um mimo nosso.",
        messageId: "incentive",
      },
      {
        text:
          "Depois da sua avaliação, o frete da devolução fica por nossa conta.",
        messageId: "incentive",
      },
      {
        text:
          "Para quem deixa uma opinião na Amazon, damos 20% na segunda compra.",
        messageId: "solicitation",
      },
      {
        text:
          "Em troca de duas linhas sobre o produto, estendemos sua garantia por seis meses.",
        messageId: "incentive",
      },
      {
        text: "Deixe uma avaliação e concorra a um vale de 200 reais.",
        messageId: "incentive",
      },
      {
        text: "Sua avaliação na Amazon vale um desconto no próximo pedido.",
        messageId: "incentive",
      },
      {
        text:
          "Quem deixa uma avaliação recebe em primeira mão os nossos lançamentos para testar.",
        messageId: "solicitation",
      },
      {
        text:
          "Assim que virmos sua avaliação no ar, mandamos a segunda almofada de graça.",
        messageId: "incentive",
      },
      {
        text: "Para avaliações com foto, devolvemos todo o valor do frete.",
        messageId: "incentive",
      },
      {
        text:
          "Escreva sua opinião na Amazon: como agradecimento, você ganha 15% na próxima compra.",
        messageId: "incentive",
      },
      {
        text: "Uma avaliação vale um mês de assinatura premium grátis.",
        messageId: "incentive",
      },
      {
        text: "Se avaliar o produto, mandamos um kit de limpeza de presente.",
        messageId: "incentive",
      },
      {
        text:
          "A sua avaliação na Amazon permitiria a gente te dar o frete do próximo pedido.",
        messageId: "solicitation",
      },
      {
        text: "Se publicar a avaliação até domingo, a capinha sai de presente.",
        messageId: "incentive",
      },
      {
        text: "Para quem deixa cinco estrelas tem um mimo no próximo pacote.",
        messageId: "incentive",
      },
      {
        text:
          "Escreva duas linhas na Amazon e devolvemos na hora a diferença de preço.",
        messageId: "incentive",
      },
      {
        text: "Uma avaliação positiva daria direito a um vale de 10 reais.",
        messageId: "incentive",
      },
    ],
    "review-change": [
      {
        text:
          "Sua avaliação de uma estrela talvez não reflita mais a situação atual.",
        messageId: "change",
      },
      {
        text:
          "Quando tiver um tempinho, poderia dar outra olhada na avaliação que escreveu?",
        messageId: "change",
      },
      {
        text:
          "Agora que está tudo certo, talvez queira rever a nota que deixou pra gente.",
        messageId: "change",
      },
      {
        text:
          "Se o problema foi resolvido, agradeceríamos se atualizasse seu comentário na Amazon.",
        messageId: "change",
      },
      {
        text: "Já que agora funciona, você toparia mudar as estrelas que deu?",
        messageId: "change",
      },
      {
        text:
          "Esperamos que, com o copo novo, a sua avaliação sobre a gente melhore.",
        messageId: "change",
      },
      {
        text:
          "Agora que tudo funciona, talvez a sua avaliação não esteja mais atual.",
        messageId: "change",
      },
      {
        text: "Umas estrelas a mais na sua avaliação fariam a gente feliz.",
        messageId: "change",
      },
    ],
  },
  marketing: {
    "marketing-soft": [
      {
        text:
          "Sua panela nova já foi despachada. Aproveitando: acabamos de lançar a linha de utensílios de bambu.",
        messageId: "crossSell",
      },
      {
        text:
          "Se precisar de mais refis para o purificador, também vendemos em kits com quatro unidades.",
        messageId: "crossSell",
      },
      {
        text:
          "Além do abajur, fabricamos cúpulas de linho que combinam com ele, caso queira completar a decoração.",
        messageId: "crossSell",
      },
      {
        text:
          "Para o seu cafeteiro, temos também um kit de limpeza próprio que prolonga a vida útil do aparelho.",
        messageId: "crossSell",
      },
      {
        text:
          "Agora que o vazamento foi resolvido, podemos fazer também a revisão anual do aquecedor por um valor camarada.",
        messageId: "promotion",
      },
      {
        text:
          "A garrafa térmica que você comprou fica ótima com as nossas bolsas térmicas, que vêm em seis cores.",
        messageId: "crossSell",
      },
      {
        text:
          "Chegaram agora ao estoque os modelos novos da coleção Ipê, caso tenha interesse.",
        messageId: "crossSell",
      },
      {
        text:
          "Quem leva essa mochila costuma levar também a nossa capa de chuva.",
        messageId: "crossSell",
      },
      {
        text:
          "Para o verão, separamos uma seleção de cangas de algodão que você encontra entre os nossos produtos.",
        messageId: "crossSell",
      },
      {
        text:
          "O tapete chega na quinta. Se quiser completar a sala, temos almofadas e puffs na mesma estampa.",
        messageId: "crossSell",
      },
      {
        text:
          "Mandamos a capinha nova. PS: se curtiu o estilo, dá uma espiada também nas nossas carteiras de couro.",
        messageId: "crossSell",
      },
      {
        text:
          "O kit de reposição chega sexta. A partir deste mês a gente também fabrica a chaleira em inox.",
        messageId: "crossSell",
      },
      {
        text:
          "Pra quem levou a panificadora como você, pensamos num jogo de formas sob medida.",
        messageId: "crossSell",
      },
      {
        text:
          "Além das velas que você pediu, nosso ateliê faz difusores com o mesmo aroma.",
        messageId: "crossSell",
      },
      {
        text:
          "Com a chegada do outono, renovamos toda a linha de mantas: as novidades estão no nosso espaço na Amazon.",
        messageId: "crossSell",
      },
      {
        text:
          "Obrigado pelo pedido! Nosso moedor de café mais procurado voltou a ficar disponível.",
        messageId: "crossSell",
      },
      {
        text:
          "O problema do Wi-Fi foi resolvido. Para a próxima estação estamos preparando uma linha de luminárias de jardim: fique por perto!",
        messageId: "crossSell",
      },
      {
        text:
          "Já que você escolheu o nosso chá verde, talvez goste de provar também o chá branco da mesma fazenda.",
        messageId: "crossSell",
      },
      {
        text:
          "A bomba nova foi instalada. Para evitar outras quebras, nosso plano de manutenção anual custa só 49 reais por mês.",
        messageId: "promotion",
      },
      {
        text:
          "Desculpe o atraso. Enquanto isso, chegaram as cores novas da garrafinha, entre elas o verde-sálvia.",
        messageId: "crossSell",
      },
      {
        text:
          "Muitos clientes usam a air fryer com a nossa grelha de silicone, vendida também separadamente.",
        messageId: "crossSell",
      },
      {
        text:
          "Enquanto isso, você pode dar uma olhada no nosso modelo compacto, agora em promoção.",
        messageId: "promotion",
      },
      {
        text:
          "O rolo que vem junto é de teste: depois, os nossos rolos de 500 etiquetas são feitos para essa impressora.",
        messageId: "crossSell",
      },
      {
        text:
          "Muitas clientes completam a toalha de mesa com os nossos caminhos de mesa, que vêm nas mesmas cores.",
        messageId: "crossSell",
      },
      {
        text:
          "Devolvemos o valor do frete. Para o verão estão chegando ventiladores silenciosos da mesma marca.",
        messageId: "crossSell",
      },
      {
        text:
          "Seu sofá está a caminho. Quem tem o nosso sofá costuma escolher também o puff combinando, se você se animar.",
        messageId: "crossSell",
      },
      {
        text:
          "O aquecedor voltou a funcionar. Também oferecemos a extensão de garantia para cinco anos por 59 reais, é só responder esta mensagem.",
        messageId: "crossSell",
      },
      {
        text:
          "Boa notícia: acabou de sair a versão 2.0 do nosso termostato, com controle pelo app.",
        messageId: "crossSell",
      },
      {
        text:
          "Para quem cozinha muito como você, a nossa linha de facas japonesas é o complemento ideal.",
        messageId: "crossSell",
      },
      {
        text:
          "Aproveito para contar que também fazemos cestas de presente personalizadas para o Natal.",
        messageId: "crossSell",
      },
      {
        text: "Temos toda uma linha de chás orgânicos além do que você pediu.",
        messageId: "crossSell",
      },
      {
        text: "Nosso catálogo inclui também formas e panelas de ferro fundido.",
        messageId: "crossSell",
      },
      {
        text:
          "Você encontra todas as nossas criações buscando o nome da loja na Amazon.",
        messageId: "crossSell",
      },
    ],
    "marketing-promo": [
      {
        text: "Só até domingo, toda a linha de banho está com 15% a menos.",
        messageId: "promotion",
      },
      {
        text:
          "Por ser cliente fiel, você tem um preço especial na próxima compra.",
        messageId: "promotion",
      },
      {
        text:
          "Com o cupom VALEU10 você economiza 10% em qualquer item da nossa loja.",
        messageId: "promotion",
      },
      {
        text:
          "Neste mês o frete sai grátis em todos os nossos produtos de casa.",
        messageId: "promotion",
      },
      {
        text:
          "Cadastre-se na nossa newsletter e receba as ofertas da semana antes de todo mundo.",
        messageId: "promotion",
      },
      {
        text:
          "Lembrando que a liquidação de inverno começa segunda, com preços até 40% menores.",
        messageId: "promotion",
      },
      {
        text:
          "Na compra da segunda unidade, ela sai pela metade do preço, enquanto durarem os estoques.",
        messageId: "promotion",
      },
      {
        text:
          "Deixamos separado para você um vale de 20 reais para usar até o fim do mês em uma nova compra.",
        messageId: "promotion",
      },
      {
        text:
          "A partir de segunda começa a semana das ofertas em todo o nosso catálogo.",
        messageId: "promotion",
      },
      {
        text:
          "Para quem já comprou com a gente, reservamos um preço especial durante todo o mês de novembro.",
        messageId: "promotion",
      },
      {
        text:
          "Para você que já é cliente, frete grátis em qualquer pedido até o fim do ano.",
        messageId: "promotion",
      },
      {
        text: "O cupom em anexo vale para toda a loja até 15 de dezembro.",
        messageId: "promotion",
      },
      {
        text:
          "Acabamos de lançar nosso programa de pontos: cada compra vira desconto.",
        messageId: "promotion",
      },
      {
        text:
          "Aproveite o preço de lançamento da nova fritadeira, válido só por mais alguns dias.",
        messageId: "promotion",
      },
      {
        text:
          "Para os clientes que voltam a comprar, o segundo pedido tem frete por nossa conta.",
        messageId: "promotion",
      },
      {
        text:
          "Só neste fim de semana, todas as almofadas custam 10 reais a menos.",
        messageId: "promotion",
      },
      {
        text:
          "Ativamos para você um cupom pessoal válido em toda a loja até domingo.",
        messageId: "promotion",
      },
      {
        text: "Se pedir até sexta, a gravação sai de presente.",
        messageId: "promotion",
      },
      {
        text: "Em janeiro começa a liquidação: fique de olho na nossa loja.",
        messageId: "promotion",
      },
    ],
  },
};

testClassProbes("pt-BR", CLASS_PROBES_PT);
testProbes(
  "pt-BR",
  {
    "review-instructions": {
      violations: [
        "No seu comentário, conte como a bateria se comporta depois de uma semana.",
      ],
      clean: [],
    },
    "review-wish": {
      violations: [
        "Um retorno positivo seu deixaria a gente muito orgulhoso.",
        "Se a nossa ajuda foi útil, a Amazon merece saber disso.",
      ],
      clean: [],
    },
    "marketing-soft": {
      violations: [
        "Se um dia quiser um segundo jogo de lençóis, fazemos o mesmo preço pra você.",
        "Nosso ateliê faz cortinas e almofadas sob medida: é só mandar as medidas pra gente.",
        "Com o termostato resolvido, lembramos que também cuidamos da limpeza de ar-condicionado.",
        "Se for útil, o mesmo creme existe também na versão de 500 ml.",
        "Seu pedido já saiu. Aliás, o nosso panetone artesanal está de volta para as festas.",
        "Se preferir, para o próximo inverno podemos reservar um jogo de pneus da mesma medida para você.",
        "Você pode assinar para receber filtros novos a cada três meses, sem se preocupar.",
        "Se o doce te agradou, em dezembro volta o nosso panetone de pistache.",
      ],
      clean: [],
    },
    "marketing-promo": {
      violations: [
        "Estamos avisando que o preço da chaleira cai para 99 reais até quinta.",
        "Levando três itens, o mais barato sai de graça.",
      ],
      clean: [],
    },
  },
  [
    "Um retorno positivo seu deixaria a gente muito orgulhoso.",
    "Se a nossa ajuda foi útil, a Amazon merece saber disso.",
    "Nosso ateliê faz cortinas e almofadas sob medida: é só mandar as medidas pra gente.",
    "Com o termostato resolvido, lembramos que também cuidamos da limpeza de ar-condicionado.",
    "Se um dia quiser um segundo jogo de lençóis, fazemos o mesmo preço pra você.",
    "Se preferir, para o próximo inverno podemos reservar um jogo de pneus da mesma medida para você.",
    "Você pode assinar para receber filtros novos a cada três meses, sem se preocupar.",
    "Estamos avisando que o preço da chaleira cai para 99 reais até quinta.",
  ],
);

// Review, rating and star words in other senses (a proof to check, a claim
// or a return being reviewed, an expert's assessment, the fit or the
// condition of an item, technical ratings, stars in a design, a hotel or a
// product name, negated review words), next to real review requests that
// use the same words.
testProbes("pt-BR", {
  "review-word-other": {
    violations: [
      "Ficaríamos muito gratos se você deixasse uma avaliação na Amazon.",
      "Você poderia compartilhar sua opinião sobre o produto com outros clientes?",
      "Por favor, avalie nosso produto se estiver satisfeito.",
      "Sua avaliação na Amazon ajuda muito outros compradores.",
      "Adoraríamos saber o que você achou da sua compra, umas palavras na Amazon bastam.",
      "Uma resenha sincera do seu novo projetor seria ótima.",
      "Se gostou do quadro, um comentário rápido na Amazon nos deixaria muito felizes.",
      "Sua opinião conta: compartilhe sua experiência com o aparelho com outros compradores.",
    ],
    clean: [
      "Você pode revisar e aprovar a prova de impressão em anexo antes de imprimirmos?",
      "Analisamos sua reclamação e você receberá o valor integral de volta.",
      "Seu pedido de garantia está sendo avaliado pelo nosso técnico.",
      "O perito avaliou o dano, segue o laudo em anexo.",
      "A luminária tem classificação energética A e grau de proteção IP44.",
      "O carregador tem potência nominal de 65 W e a bateria aguenta 2000 ciclos.",
      "Queremos sua opinião: qual cor você prefere na troca, azul ou cinza?",
      "Precisamos do seu retorno sobre a amostra de cor até sexta-feira.",
      "Pode nos dar um feedback rápido sobre o esboço da gravação?",
      "Segundo a avaliação do técnico, o aparelho não tem mais conserto.",
      "Sua devolução está sendo conferida, isso leva em geral dois dias úteis.",
      "Pode revisar a arte e nos dizer se o nome está escrito certo?",
      "Valorizamos sua opinião sobre qual tamanho devemos enviar.",
      "A prateleira suporta uma carga de 40 kg.",
      "Sua solicitação de reembolso foi analisada e aprovada.",
      "Olá, a prova de impressão do seu quadro está pronta. Pode dar uma olhada e nos dar um retorno sobre as cores? Depois imprimimos.",
      "Olá, sua devolução chegou. Nossa equipe vai conferir o produto e avaliar o estado, depois fazemos o reembolso.",
      "Queremos sua opinião: gravamos o texto em dourado ou prateado? Responda até quarta, por favor.",
      "O perito avaliou positivamente o dano de transporte, então você receberá o valor total.",
      "Pode avaliar pelas fotos em anexo qual tecido prefere para a capa?",
      "Sua avaliação do caimento nos ajuda a mandar o tamanho certo: a jaqueta ficou justa ou larga?",
      "O carregador de parede é dimensionado para 22 kW; o eletricista precisa vistoriar a instalação antes.",
      "Aguardamos seu retorno sobre o agendamento: quinta entre 8h e 12h fica bom?",
      "Consegue estimar se o barulho vem do motor ou da ventoinha? Assim mandamos a peça certa.",
      "Segundo o laudo técnico o conserto não compensa, por isso você receberá um aparelho novo.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Cinco estrelas suas nos ajudariam demais!",
      "Por favor, nos dê 5 estrelas se deu tudo certo.",
      "Cinco estrelas pelo nosso atendimento nos deixariam muito felizes.",
    ],
    clean: [
      "Na almofada bordamos cinco estrelas acima do nome.",
      "No pacote vai uma cartela de adesivos com estrelas douradas.",
      "Imprimimos três estrelas no topo de bolo, como você pediu.",
      "A geladeira é classe D segundo a etiqueta de energia.",
      "Pode entregar no hotel quatro estrelas perto da rodoviária, quarto 214.",
      "O varal de luzes tem cinco estrelas prateadas e três douradas.",
      "A arte mostra cinco estrelas em semicírculo com o nome do seu time embaixo. Pode aprovar?",
      "No papel de arroz do bolo imprimimos, como combinado, 3 estrelas douradas e o número 40.",
      "A entrega é no resort cinco estrelas, a recepção recebe o pacote.",
      "Aperte duas vezes a tecla asterisco para abrir o menu de serviço do telefone.",
      "O hotel tem quatro estrelas e recebe encomendas na recepção.",
    ],
  },
  "negation": {
    violations: [
      "Não se esqueça de deixar uma avaliação para nós!",
    ],
    clean: [
      "Você não precisa avaliar nada, o reembolso é automático.",
      "Não é necessária nenhuma vistoria, pode ficar com o produto.",
      "Não é preciso uma avaliação do dano por um perito, as fotos bastam.",
      "Você não precisa nos dar retorno sobre o esboço; se estiver tudo certo, imprimimos direto.",
    ],
  },
  "product-name": {
    violations: [
      "Se gostou do projetor Céu Estrelado, deixe uma avaliação.",
    ],
    clean: [
      'O porta-documentos "Review Pro" será enviado amanhã.',
      "Seu projetor Céu Estrelado já está a caminho.",
      'Sua luminária "Estrela Cadente 5" foi despachada hoje pelos Correios.',
      'O jogo de tabuleiro "Cinco Estrelas" chegou danificado, vamos enviar outro.',
      "O botão de feedback para a sua turma será entregue amanhã.",
    ],
  },
});

// Review words of experts, technicians, doctors and inspectors, trade-in
// valuations, carrier notices and invoices: not a review.
testProbes("pt-BR", {
  "review-word-other": {
    violations: [],
    clean: [
      "A nota fiscal segue em anexo; por favor, confira os dados antes de assinar o recebimento.",
      "Pode nos enviar a nota fiscal e o laudo do técnico para abrirmos a garantia?",
      "Por favor, nos diga qual nota o técnico deu na vistoria, para concluirmos o processo.",
      "Colocamos um bilhete na caixa com as instruções de montagem.",
      "A avaliação do seu aparelho usado no programa de troca ficou em 300 reais.",
    ],
  },
});

// A comment field, feedback passed on to the maker, judging a scratch, a
// choice between two remedies; next to changed, gated, rewarded and wished
// reviews.
testProbes("pt-BR", {
  "review-word-other": {
    violations: [
      "Agora que o problema foi resolvido, você poderia rever sua avaliação?",
      "Esperamos que agora você possa alterar sua avaliação de duas estrelas.",
      "Se não ficou satisfeito, fale com a gente antes de escrever uma avaliação.",
      "Para agradecer sua avaliação, enviamos um vale-presente junto.",
      "Sua opinião na página do produto ajudaria outros compradores a escolher.",
    ],
    clean: [
      "É só escrever o nome desejado no campo de observações do pedido que nós gravamos.",
      "Repassamos seu comentário ao fabricante, que vai verificar o lote.",
      "Pode avaliar rapidinho o tamanho do risco, pequeno ou bem visível? Assim decidimos entre troca ou reembolso parcial.",
      "Dê sua opinião: mandamos a peça ou já um aparelho novo?",
    ],
  },
});
