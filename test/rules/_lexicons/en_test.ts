import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  type Probes,
  REVIEW_CONCEPTS,
  testProbes,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { MARKETING_EN } from "../../../src/rules/_lexicons/marketing/en.ts";
import { REVIEW_EN } from "../../../src/rules/_lexicons/review/en.ts";

Deno.test("the English lexicons have a sound shape", () => {
  assertLexiconShape(REVIEW_EN, "en", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_EN, "en", MARKETING_CONCEPTS);
});

Deno.test("REVIEW_EN: wishes, the purchase and the design context", () => {
  check(REVIEW_EN, [
    ["A quick rating would make our day.", "review request"],
    ["Don't hesitate to leave a review.", "review request"],
    ["We'd love to hear what you think of it.", "opinion request purchase"],
    ["It would mean a lot if you shared your experience.", "opinion sharing"],
    ["Your honest impressions could help someone else decide.", "sharing"],
    ["Please send the wording before we engrave.", "", "review opinion"],
    ["Any thoughts on the font?", "opinion"],
  ]);
});

Deno.test("MARKETING_EN: weaker objects, cues and the ordered item", () => {
  check(MARKETING_EN, [
    ["Our new autumn range is out.", "assortment novelty"],
    ["The mugs go nicely with the teapot.", "recommendation"],
    ["We have them in packs of 6.", "availability"],
    ["You might also like our towels.", "recommendation ours"],
    ["Your replacement ships today.", "orderItem"],
    ["The blue one is out of stock.", "", "novelty"],
    ["Drop it at the collection point.", "", "assortment"],
    ["Search for our brand on Amazon.", "invitation promoObject"],
    ["The sale runs until Sunday.", "offer urgency"],
    ["Book this week and get 10% off.", "offer urgency"],
    ["If you run out, we sell refills too.", "recommendation ours"],
    ["We make those in oak too.", "availability"],
    ["Only limited time slots are left.", "", "offer"],
  ]);
});

// Wishes to hear how the purchase is going, told to other shoppers; where the
// seller lists more. Each clean twin keeps the words without the judgement.
testRuleCases("review", "en-GB", {
  valid: [
    "Please tell us how you find the new cover, so we can adjust the second one before we sew it.",
    "We would like to know how you found the delivery driver, as we are changing carriers.",
  ],
  invalid: [
    {
      text:
        "Fellow readers browsing the listing would love to know how you find the series.",
      messageId: "solicitation",
    },
    {
      text:
        "Other parents shopping for a crib would benefit from hearing how it holds up.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "en-GB", {
  valid: [
    "The replacement is made from our range of spare parts and ships today.",
    "You will find the manual in the box with the kit.",
  ],
  invalid: [
    {
      text:
        "We make our own rattan baskets, which you'll find alongside the kit in our range.",
      messageId: "crossSell",
    },
  ],
});

// Probe sets: the weak classes in the many ways sellers write them (delivery,
// service visits, customization, digital keys, problems; short and long),
// each with clean traps that keep the words without the judgement.
export const EN_PROBES: Probes = {
  "marketing-soft": {
    violations: [
      "Glad the leak is fixed now. By the way, we also carry a descaling kit that keeps the valve clean for years.",
      "Tip: a drop of our teak oil every few months keeps the board from cracking.",
      "Since you're setting up the new router, you may want our mesh extender for the upstairs rooms.",
      "If you ever need more cartridges, we stock them in packs of three and five.",
      "While our engineer is with you on Tuesday, he can also service your boiler for a small fee.",
      "Your licence key is below. We also have licences for the mobile version if you want it on your phone too.",
      "The replacement strap is on its way. Many customers pair it with our leather care balm.",
      "Now that the sofa is assembled, our matching footstool would complete the set.",
      "If you're redoing the kitchen, we make splashback tiles in the same glaze.",
      "Thanks for your patience with the delay. Our winter duvets are back in stock as well, should you need one.",
      "To keep the cast iron seasoned, our flaxseed oil is the best thing to use.",
      "Once the engraving is done we could also add a gift box and a matching keyring; just reply if you'd like them.",
      "Your delivery is booked for Friday. If other rooms need blinds, we can measure them on the same visit.",
      "Enjoy the grinder! Freshly roasted beans from our roastery make all the difference.",
      "Now that the app is activated, you can add the photo editor from us for your tablet as well.",
      "The leak came from a worn seal. For longer life, we offer a yearly maintenance check of the whole unit.",
    ],
    clean: [
      "The replacement filter ships today and fits your model exactly.",
      "Tip: rinse the filter under warm water once a month to keep it working.",
      "We've also included a spare set of screws in the box in case one goes missing.",
      "If you need more time to test the heater, just tell us and we will extend the return window.",
      "While the technician is there, he will check that the pipes are tight; this is part of the repair.",
      "We recommend charging the battery fully before first use.",
      "The matching lid was missing from your order; we have sent it separately.",
      "Your activation key works on up to three devices, including your phone.",
      "If you need more help with the setup, our support line is open from 9 to 5.",
      "The cream in the box is for the first treatment; apply it thinly.",
      "We make each board to order, so it ships in five working days.",
      "Our workshop is closed on Friday, so the engraving will be done on Monday.",
      "Other colours of this cable had the same fault; yours was checked and is fine.",
      "We also have your old part here; let us know if you want it back.",
    ],
  },
  "review-wish": {
    violations: [
      "If the new charger solved the problem, a few words on Amazon would mean a lot to us.",
      "Should you be pleased with the lamp, we'd be delighted to read your thoughts on the product page.",
      "Your opinion of the blender could really help the next person who is choosing one.",
      "We hope you love the quilt as much as we do, and that you'll tell other buyers about it.",
      "A short comment about your experience with the kettle would make a real difference to our small team.",
      "Nothing helps a family business more than customers saying what they think on Amazon.",
      "If the technician did a good job today, we would be glad if you let others know.",
      "It would be wonderful to hear what you think of the jacket once you've worn it, right there on its listing.",
      "We're a small shop and every honest rating helps us enormously.",
      "Happy with your custom mug? Tell the world on Amazon!",
      "Once you've had a chance to use the software, your impressions on the listing would be greatly valued.",
      "Your five-star verdict would put a smile on our faces.",
      "We'd be over the moon if you told other shoppers how the headphones sound.",
      "Loving the new rug? Other shoppers would love to hear about it.",
    ],
    clean: [
      "If the new charger solved the problem, just reply and we'll close the case.",
      "We'd be glad to hear whether the replacement fits your model.",
      "Let us know your thoughts on the two engraving fonts attached so we can start.",
      "We hope you love the quilt; if anything is wrong, reply and we'll sort it.",
      "Your opinion on the colour swatch decides which fabric we cut tomorrow.",
      "Please tell us how the installation went so we can close the service ticket.",
      "It would help us to know which day suits you for the delivery.",
      "We'd love to hear from you if the heater makes that noise again.",
      "If you are happy with the proposed date, no reply is needed.",
      "Our team reviewed the photos you sent and a new unit ships today.",
      "Your comment about the packaging was passed to the warehouse team.",
      "Thanks for your kind words on the phone yesterday; the spare part is on its way.",
    ],
  },
  "review-instructions": {
    violations: [
      "When you write about us, please mention how fast the parts arrived.",
      "Reviews with a photo of the finished shelf help other buyers the most.",
      "If you post a review, it would be great to say the colour matches the pictures.",
      "In your review, could you note that the smell disappears after a day?",
      "A review that mentions our quick replacement would be ideal.",
      "When rating us, keep in mind that the delay was the courier's fault, not ours.",
      "Feel free to include a picture of the engraving when you leave feedback.",
      "Please write in your review that the battery lasts all day.",
      "Buyers trust reviews that talk about the build quality, so do tell them about it.",
      "On Amazon, reviews that show the product in use are the most helpful.",
      "If you review the lamp, a short video of it lit up would be perfect.",
      "Be sure to point out in your feedback that the size runs small.",
      "Here is a line you could use in your review: arrived quickly and works perfectly.",
    ],
    clean: [
      "Please mention your order number when you reply.",
      "Include a photo of the damaged corner so we can file the claim with the carrier.",
      "When you write to us, describe the noise the fan makes.",
      "Please note that the warranty covers the motor only.",
      "The label should say that the parcel contains a lithium battery.",
      "Send us a picture of the serial number on the back of the unit.",
      "Please highlight on the proof any line you want changed.",
      "In your reply, state which colour you prefer for the engraving.",
      "For example, a short video of the leak helps our technician bring the right part.",
      "Our review of your claim takes two working days; please include the receipt.",
      "Use the words exactly as they should appear on the plaque.",
      "Screenshots of the error message will help us fix the activation.",
    ],
  },
  "review-incentive": {
    violations: [
      "Customers who share their experience on the listing get a free set of replacement blades.",
      "As a thank you for your honest review, we'll send you a spare battery.",
      "Once your review is up, reply with a screenshot and we'll refund the shipping.",
      "Everyone who rates the app this month is entered into our draw for a tablet.",
      "Leave your feedback and your next refill is on us.",
      "Send us a link to your review and we'll extend your warranty by a year.",
      "Write a few words about the kettle on Amazon and get a bag of descaler with our compliments.",
      "Reviewers receive a 15% credit towards their next purchase.",
      "We reward every buyer who posts a photo review with a complimentary case.",
      "Tell other shoppers what you think and we'll upgrade your licence to Pro at no cost.",
      "Your feedback could earn you a £10 Amazon gift card.",
      "Post your thoughts on the product page and the engraving fee comes back to you.",
    ],
    clean: [
      "Your refund has been issued; no review or feedback is needed.",
      "We reviewed your warranty claim and will send a free replacement.",
      "The gift card in your order is a separate item and ships tomorrow.",
      "As a thank you for your patience, the shipping fee has been refunded.",
      "The rebate is paid by the manufacturer; the form is in the box.",
      "Reply with a screenshot of the error and we'll refund the licence.",
      "We passed on your feedback about the courier; the refund is on its way.",
      "We'll send you a free replacement once we receive the photos.",
      "The reward points on the invoice come from your bank card, not from us.",
      "Once our review of the claim is done, we'll refund you in full.",
      "Customers who share a delivery code with the driver get the parcel the same day.",
      "To thank you for waiting, the technician's call-out fee is waived.",
    ],
  },
  "review-change": {
    violations: [
      "Now that the replacement has arrived, would you consider updating your review?",
      "We've fixed the hinge, so we hope you might revise the two stars you gave us.",
      "If the problem is solved, please take down the negative feedback.",
      "Could you edit your comment on Amazon now that the refund is through?",
      "Since the issue is resolved, we'd appreciate it if you removed your one-star rating.",
      "Your review still mentions the broken lid; an update would be much appreciated now it's sorted.",
      "Would you be willing to change your rating now that the missing part arrived?",
      "We kindly ask you to delete the feedback you left, as the order was delivered in the end.",
      "Perhaps you could revisit your review now that we've replaced the unit?",
      "Once you're happy with the fix, please amend your feedback.",
      "A revised rating would be fair now that the software activates.",
      "The review you wrote was about the old model; we'd be grateful if you looked at it again.",
    ],
    clean: [
      "Please update your delivery address so the courier can find you.",
      "You can change the engraving text until Friday.",
      "We removed the old photos from the proof as you asked.",
      "Please delete the old licence key; the new one is below.",
      "The review of your case is complete and the refund is on its way.",
      "If you want to edit the wording, reply before noon.",
      "We changed the carrier after your comments about the last delivery.",
      "Please remove the protective film before use.",
      "We'll revise the quote once the technician has seen the wall.",
      "Please take down the old shelf before the fitter arrives.",
      "We updated the tracking after your feedback about the missing scan.",
      "Could you change the rating on the fuse to 13 A as the manual says?",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "Please review the attached proof and reply with any changes.",
      "Our team will review your return request within 48 hours.",
      "The rating plate on the back of the heater shows 230 V.",
      "Thanks for the feedback on the delivery times; we've switched couriers.",
      "The book arrived with a review copy sticker, which we'll replace.",
      "Let us know your opinion on the two layouts by Friday.",
      "The exchange rate on your invoice was set on the day of payment.",
      "First-rate packaging was used for the glass vase this time.",
      "Could you give us feedback on whether the new bracket fits?",
      "Your claim is under review; we'll write when it's approved.",
      "A feedback loop in the amplifier causes the whistle; turn the gain down.",
      "Our engineer will assess the damage and rate the repair cost.",
      "Please review and sign the delivery note.",
      "The magazine's review section is printed on the back pages; your copy has all of them.",
    ],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "Your delivery goes to the 4-star hotel reception; ask for the concierge.",
      "The fridge has an A+++ energy rating and uses little power.",
      "The five-star pattern on the duvet cover is printed, not embroidered.",
      "We restocked the 5-star grade basmati rice you ordered; it ships Monday.",
      "The hotel is a three-star property, so the porter will sign for the parcel.",
      "The star-shaped cookie cutters come in a set of four.",
      "This car seat has a 5 star crash test result from the safety lab.",
      "The sticker sheet has 50 gold stars for the reward chart.",
      "The restaurant's three Michelin stars are engraved on the plate as requested.",
      "The drill's rating is 18 V and 2 Ah.",
      "Stars on the map mark the collection points near you.",
      "The brandy you ordered is a five-star cognac; it ships in a gift tube.",
    ],
  },
  negation: {
    violations: [],
    clean: [
      "Nothing to do on your side: no form, no review or rating to leave.",
      "You don't need to leave feedback or fill in anything; the refund is automatic.",
      "There's no survey and no review required to get the replacement.",
      "The replacement doesn't depend on any rating or comment from you.",
      "No need to rate anything; just keep the box for the courier.",
      "Without any review or photo, the refund was sent today.",
      "You won't be asked for feedback or stars; the technician just needs access.",
      "The refund is not tied to a review of any kind.",
      "No, the two-year warranty isn't linked to leaving a review or rating of any kind.",
      "We don't need feedback of any kind to send the replacement.",
      "No coupon, no code, no newsletter: the replacement is simply free.",
      "We are not asking for a review, only for the serial number.",
      "Neither a rating nor a comment is needed for the warranty.",
      "The key works at once; no account, no review and no sign-up are needed.",
    ],
  },
  "quoted-data": {
    violations: [],
    clean: [
      'You wrote "great product, 5 stars" in your message, but the lid is missing; a new one ships today.',
      'The engraving will read "Best Grandpa, five stars" as requested.',
      'The T-shirt print "Rate me 10/10" is done and ships tomorrow.',
      'The book "Reviews and Ratings in Practice" is out of stock until May.',
      'The plaque reads "Five-Star Employee of the Year".',
      'Your banner "Check out our sale" is printed in red on white.',
      'As you asked, the cake topper says "Happy Review Day, Sam".',
      'The error "Review your settings" appears when the app starts; reinstall it to fix it.',
      'The card will say "Leave us a review, Grandma!" in gold letters.',
      'Your custom sign "Visit our new shop" is being painted now.',
      'The label "Follow us on Instagram" was printed on the mug by mistake; a new mug ships today.',
      'The song title "Five Stars" is engraved on the back of the music box.',
    ],
  },
};

// A second probe set, written after the first was fixed and measured
// before any change for it (25 of 36 violations caught, 61 of 62 clean
// traps clean): the estimate of how the lexicons generalize.
export const EN_PROBES_MORE: Probes = {
  "marketing-soft": {
    violations: [
      "Your sander is fixed and ships back today. If you do a lot of woodwork, our dust extraction hoods are worth a look.",
      "Glad the key works! We also make a backup tool for the same software, in case you want one.",
      "The courier will call before delivery. P.S. our garden hose reels are now in stock too.",
      "After cleaning the filter, a spray of our anti-limescale solution will stop the build-up.",
      "Since the tiles arrived cracked, we'll send new ones; we also sell grout in matching shades if you need some.",
      "Your monogram is approved. For a gift, our engraved pen set goes beautifully with the wallet.",
      "The fitter comes on Monday. For an extra £30 he can fit a second socket while he's there.",
      "Your e-book code is below. The audiobook version is also available from us if you prefer listening.",
      "We're sorry about the missing screws. Many customers also order our wall-mount kit with this shelf.",
      "Thanks for confirming the measurements. Matching cushion covers are available in the same fabric, just ask.",
    ],
    clean: [
      "Your sander is fixed and ships back today with a new dust bag, free of charge.",
      "If you need another activation, reply with your order number and we'll reset the key.",
      "The courier will call before delivery; the parcel needs a signature.",
      "After cleaning the filter, let it dry for an hour before putting it back.",
      "We'll send new tiles in the same shade as your order; the batch number matches.",
      "The fitter comes on Monday and will bring the brackets you ordered.",
      "Your e-book code is below; it works in the reader app on any device.",
      "We also checked the second unit in your order; it is fine.",
      "If you prefer, we can send the part to your office instead.",
      "Our technician will also test the thermostat, as part of the repair.",
    ],
  },
  "review-wish": {
    violations: [
      "If the fix worked, we'd really value a quick note about it on the listing.",
      "Shoppers deciding between models rely on people like you, so your impressions would be a big help.",
      "Once the tree is up, it would be lovely to see a photo of it in your review.",
      "If you're as pleased with the engraving as we are, do let other customers know!",
      "Your honest take on the vacuum would help others who are unsure which one to pick.",
      "We'd love for you to share how the software has helped your business.",
      "Enjoying the new headphones? A quick star rating would really help us out.",
      "It'd be amazing if you could spread the word about our little shop.",
    ],
    clean: [
      "If the fix worked, no need to reply; the case closes by itself in 7 days.",
      "We'd value a quick note telling us which delivery day suits you.",
      "Please send a photo of the tree stand so we can see the crack.",
      "Other customers reported the same fault, so we've improved the hinge.",
      "Your honest answer about how the parcel looked on arrival helps us claim from the courier.",
      "Let us know what you think of the two fabric samples before we cut.",
      "If the headphones still crackle, reply and we'll send another pair.",
      "We shared your notes with our developers, who fixed the bug.",
    ],
  },
  "review-instructions": {
    violations: [
      "When you leave your review, a picture of the grill in use would help others a lot.",
      "Could your feedback mention that the engraving was done in one day?",
      "In the review, please focus on the product rather than the late delivery.",
      "It helps if reviews describe the fit, so feel free to say it runs large.",
      "Please leave out the delivery delay when you rate us, since that was the courier.",
      "We'd suggest titling your review 'Great value'.",
    ],
    clean: [
      "When you reply, a picture of the label would help us a lot.",
      "Could your message mention the serial number on the back?",
      "Please focus the camera on the crack when you take the photo.",
      "Describe the fault in a few words and we'll send the right part.",
      "Please leave the old unit by the door for the courier.",
      "We'd suggest titling the file with your order number.",
    ],
  },
  "review-incentive": {
    violations: [
      "Post a photo review and reply with the link: we'll send a second set of brushes.",
      "Reviewers get early access to our next release.",
      "After you rate the kit, we'll knock 20% off your next order.",
      "For your honest opinion on Amazon, we'd like to offer you a free upgrade.",
      "Buyers who leave feedback are entered into a monthly draw.",
      "We'll add three months to your licence once your review is live.",
    ],
    clean: [
      "Reply with a photo of the damage and we'll send a second set of brushes.",
      "We'll knock the return postage off your refund.",
      "For your trouble, we'd like to offer you a free upgrade to express delivery.",
      "We'll add three months to your licence because of the outage.",
      "Your free upgrade has been applied; nothing else is needed.",
      "The draw for the seating plan is done; your seats are in row 3.",
    ],
  },
  "review-change": {
    violations: [
      "Now that the correct size arrived, could you take another look at your rating?",
      "As the refund has gone through, would you mind removing the one-star review?",
      "Please consider changing your feedback to reflect the fast fix.",
      "We hope you'll update the review you left last week now that it works.",
      "If you can, edit the review to say the problem was solved.",
      "It would mean a lot if your rating showed the replacement rather than the faulty unit.",
    ],
    clean: [
      "Now that the correct size arrived, could you send back the other one?",
      "As the refund has gone through, you can remove the return label.",
      "Please consider changing the delivery day if Friday doesn't suit you.",
      "We've updated the software; restart the app to apply it.",
      "If you can, edit the shipping address in your account before Friday.",
      "We removed the one-star hotel from the delivery options as it was closed.",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "Please review the shipping label in the attachment.",
      "We've reviewed the logs from your device and found the cause.",
      "The feedback from your sensor shows the valve is stuck.",
      "Rate of flow: 12 litres a minute, as on the box.",
      "Your opinion on the delivery slot helps us plan the route.",
      "The product review board approved the safety test.",
      "Our team is reviewing the photos; you'll hear from us tomorrow.",
      "Thanks for your comments on the draft; the second version is attached.",
    ],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "The parcel is for guest 5 at the five-star hotel on Main Street.",
      "Your order of star anise ships today.",
      "This model has a 4-star energy rating.",
      "The 3-star difficulty puzzle had missing pieces; new ones ship today.",
      "A five star general is printed on the poster you ordered.",
      "The stars on the blanket are embroidered, as shown.",
    ],
  },
  negation: {
    violations: [],
    clean: [
      "No action is needed: no survey, no rating, no reply.",
      "The replacement is not conditional on feedback or a review.",
      "You do not have to rate or review anything for the refund.",
      "There is nothing to fill in, no review to write and no code to enter.",
      "We will never ask you for a review in exchange for anything.",
      "The refund comes without a review request, a survey or any condition.",
    ],
  },
  "quoted-data": {
    violations: [],
    clean: [
      'The sign will read "Rate Your Day 1-10" in white paint.',
      'Your message "works great, five stars!" was forwarded to the workshop along with the fault.',
      'The tag says "Reviewed by Quality Control".',
      'We will print "Follow your dreams" on the card.',
      'The mug text "Leave a review, leave a legacy" is confirmed.',
      'Your note "Please share with others" goes on the gift tag.',
    ],
  },
};

// A third probe set, measured before any change for it (1 of 18
// violations caught, 18 of 18 clean traps clean): the seller's goods pitched
// with an evaluative phrase, and wishes in new wording.
export const EN_PROBES_THIRD: Probes = {
  "marketing-soft": {
    violations: [
      "Your new espresso machine is registered. To get the best crema, our single-origin beans are a great match.",
      "The crib mattress ships tomorrow. A waterproof protector from our baby range will keep it fresh.",
      "All sorted with the printer now. If you print a lot of photos, our glossy paper gives the best results.",
      "We've reset your licence. Our VPN add-on protects the same devices, if you're interested.",
      "Your carpet cleaning is booked for 10am. We can treat the sofa too on the day, just say the word.",
      "The bike is ready for collection. Lots of riders add our puncture-proof tyres at this point.",
      "Your personalised mug is in the kiln. The matching coasters would make it a lovely set.",
      "Sorry the lid cracked; a new one is on its way. For cooking on induction, our cast iron pans are ideal.",
      "The curtain rods shipped today. Tiebacks in the same finish are available too.",
      "Thanks for confirming the delivery slot. By the way, we have a spring sale on garden chairs.",
    ],
    clean: [
      "Your new espresso machine is registered; the warranty runs for two years.",
      "The crib mattress ships tomorrow in a vacuum pack; let it expand for 24 hours.",
      "All sorted with the printer now; if the error comes back, reply here.",
      "We've reset your licence; it works on the same devices as before.",
      "Your carpet cleaning is booked for 10am; please move small furniture beforehand.",
      "The bike is ready for collection from 2pm at our workshop.",
      "Your personalised mug is in the kiln and ships on Thursday.",
      "For cooking on induction, check that the base of your pan is magnetic.",
      "The curtain rods shipped today in two parcels.",
      "The garden chairs are covered by the same warranty as the table.",
    ],
  },
  "review-wish": {
    violations: [
      "If the new blades cut well, it would really help us if you said so on Amazon.",
      "Did the adapter do the trick? Other travellers would surely like to know.",
      "We put a lot of love into every quilt, and nothing makes us happier than reading what buyers think.",
      "Should the software save you time, a line about it on the store page would be wonderful.",
      "Your rating matters to a small business like ours.",
      "We hope the lamp brightens your evenings, and if it does, please tell others about it.",
      "If we've earned it, five stars would make our week!",
      "Customers like you help future buyers choose with confidence by sharing their thoughts.",
    ],
    clean: [
      "If the new blades cut well, no need to return the old ones.",
      "Did the adapter do the trick? If not, we'll send a different model.",
      "We put a lot of care into every quilt, and we're sorry this one had a loose seam.",
      "Should the software crash again, send us the log file.",
      "Your rating plate photo shows the model number we need.",
      "We hope the lamp brightens your evenings; the bulb is covered for five years.",
      "If we made a mistake with the size, we'll pay for the return.",
      "Customers like you help us spot faults early, so thank you for the report.",
    ],
  },
};

// A fourth probe set, measured before any change for it (11 of 52
// violations caught, 69 of 72 clean traps clean): services sold on top of a
// visit, benefits claimed for goods not ordered, promotions without promo
// words, wishes and rewards in new wording, instructions without a review
// noun ("rate the purchase", "the stars it deserves").
export const EN_PROBES_FOURTH: Probes = {
  "marketing-soft": {
    violations: [
      "Your washing machine repair is done. While our engineer is with you, he can service the tumble dryer as well.",
      "The gutter clearing is booked for Monday. We also offer a yearly roof inspection, just let us know.",
      "Thanks for your order of the hiking boots. Our waxed laces last twice as long and are well worth having.",
      "The bread maker shipped today. Our organic flour mixes give a lighter loaf every time.",
      "Your window cleaning is confirmed for Wednesday. Conservatory roofs can be added to the visit for a small charge.",
      "Good news, the router is back online. Many households also protect their network with our security plan.",
      "Your replacement hose is in the post. A bottle of our seal conditioner keeps rubber parts soft for years, worth keeping at home.",
      "The licence for the tax software is below. Our bookkeeping app handles the receipts side, if that ever comes up.",
      "The piano tuner arrives at 2pm. He can also look over the stool and pedals while he is there, for a modest fee.",
      "We have rescheduled the lawn treatment. If the hedges are getting out of hand, our team trims those too.",
    ],
    clean: [
      "Your washing machine repair is done and the engineer also checked the door seal, which is fine.",
      "The gutter clearing is booked for Monday; please leave the side gate unlocked.",
      "The boots are waterproof, but please let them dry away from radiators.",
      "The bread maker shipped today; the recipe booklet is in the box.",
      "Your window cleaning is confirmed for Wednesday; the conservatory roof is included as you booked it.",
      "The router is back online; restart it if the light turns red again.",
      "Your replacement hose is in the post and fits the same connector as before.",
      "The licence covers three devices and renews in twelve months.",
      "The tuner will also check the pedals, as that is part of every tuning.",
      "We have rescheduled the lawn treatment to Thursday because of the rain.",
    ],
  },
  "marketing-promo": {
    violations: [
      "Autumn clearance: every rug in the shop is 30% cheaper until the end of the month.",
      "Members of our club pay less on every order, and joining is free.",
      "Spend over £50 with us before Friday and the delivery is on the house.",
      "Mention this message on your next booking to get an hour of cleaning at half the price.",
      "This weekend all candles are two for the price of one.",
      "Bring a friend to our workshop and you both get 15% off the course fee.",
      "Orders placed through our website this month come with a free tote bag.",
      "Our winter bundle saves you £20 compared with buying the pieces separately.",
    ],
    clean: [
      "The delivery is on the house because the parcel was late.",
      "The 15% difference on your invoice was a pricing error; we've refunded it.",
      "Half the price of the lamp has been refunded as agreed for the scratch.",
      "Your booking confirmation is attached; the cleaning takes about three hours.",
      "The candles were packed two to a box to avoid breakage.",
      "The free tote bag you saw in the photos is not included, sorry for the confusion.",
      "Your order qualified for free delivery, so no postage was charged.",
      "The course fee includes all materials; bring an apron.",
    ],
  },
  "review-instructions": {
    violations: [
      "If you rate the purchase, please keep it about the blender itself rather than the courier.",
      "Give the lamp the stars it deserves, and say something about how easy it was to assemble.",
      "Anyone reading your review will want to know about the battery life, so put that first.",
      "Your review will help most if it has a photo of the quilt on the bed.",
      "When the rating prompt appears, please talk about the customer service you got from us.",
      "Please rate the purchase and note how quickly the replacement came.",
      'A review with the words "sturdy" and "easy to clean" helps shoppers find the rack.',
      "Don't forget the stitching in your review; it's what we're proudest of.",
    ],
    clean: [
      "If you rate the purchase price as too high, tell us and we'll check our pricing.",
      "Please note on the delivery note how many boxes arrived.",
      "When you send the photos, show the stitching close up.",
      "Tell us about the battery life you are seeing so we can test a replacement.",
      "A photo of the quilt on the bed would help us check the size issue.",
      "Please talk to the driver about where to leave the boxes.",
      'Put the word "fragile" on the return parcel, please.',
      "The customer service team will mention your case number when they call.",
    ],
  },
  "review-wish": {
    violations: [
      "It would be lovely if your thoughts about the pram found their way onto Amazon.",
      "We hope the repair has won you over, and that other cyclists get to hear about it.",
      "If the cushion is everything you hoped for, your rating would be a real boost for us.",
      "Nothing would please our little workshop more than your verdict on the product page.",
      "Should the replacement work out, a kind review would lift our whole team.",
      "A good word from you on the listing would mean the world to a two-person business.",
      "We keep our fingers crossed for five stars from you!",
      "Your honest stars are what keep a shop like ours going.",
    ],
    clean: [
      "It would be lovely to know whether the pram fits through your front door.",
      "We hope the repair has fixed the noise; other cyclists had the same issue.",
      "If the cushion is too firm, we can swap it for the soft version.",
      "Nothing would please us more than getting this right for you, so reply any time.",
      "Should the replacement not work, send us a short video.",
      "A word from you about the delivery time would help us book the courier.",
      "We keep our fingers crossed that the courier arrives on time.",
      "Your honest answer helps us decide between a refund and a replacement.",
    ],
  },
  "review-incentive": {
    violations: [
      "Once your review is published, send us a note and a bag of spare pegs is yours.",
      "Everyone who shares a photo of the planter on Amazon gets the next size down with our compliments.",
      "For each honest review we plant a tree in your name and send you the certificate.",
      "A kind rating from you and we'll throw in the matching cushion covers.",
      "Reviewers of the blender this month get a year of free recipe cards.",
      "Share your verdict on the product page and the next engraving is on us.",
      "Buyers who rate the app get the premium themes unlocked.",
      "We send a thank-you hamper to customers who post their experience on the listing.",
    ],
    clean: [
      "Once your return is received, the refund is issued within three days.",
      "Everyone who ordered before Friday gets the spare pegs in the same parcel.",
      "We plant a tree for every order, as printed on the box.",
      "The matching cushion covers are included with the sofa you ordered.",
      "The premium themes are part of the licence you bought.",
      "We sent a thank-you hamper because the delay was so long.",
      "The next engraving is free if this one has a flaw we missed.",
      "Customers who register the warranty get two extra years of cover from the maker.",
    ],
  },
  "star-rating-other": {
    violations: [
      "Five stars from you on the listing would make our week.",
      "Please rate the kettle with the stars you think it deserves.",
    ],
    clean: [
      "The cooker has a 4-star energy label, so it is cheap to run.",
      "You booked the 3-star package, which includes the basic clean only.",
      "The booster seat scored five stars in the crash test.",
      "Your 5 star model has the larger tank; the 3 star one is smaller.",
      "We deliver to the five-star resort reception; the guest name is on the label.",
      "The star rating on the fridge sticker refers to the freezer temperature.",
      "This is a four-star hotel, so the night porter can sign for the parcel.",
      "Your child's reward chart comes with 100 shiny stars.",
      "The five-star safety rating of the car seat was confirmed by the lab.",
      "Please choose between the 3-star and 5-star energy models before we ship.",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "Please review the floor plan and tell us where the wardrobe should go.",
      "The installer will rate the wall as suitable or not before drilling.",
      "Our quality team reviewed the batch and found no other cracked bowls.",
      "Please give us your feedback on the revised delivery slot by noon.",
      "Your rating of the heat output is 2 kW; the room needs 3 kW.",
      "The game has a PEGI 12 rating, as printed on the case.",
      "We value your feedback on the fitting, as the tailor can still adjust the hem.",
      "Please evaluate the two cable lengths and tell us which one to send.",
      "The reviewer copy of the book is not for sale, so we sent you a retail copy.",
      "If you want to give the new design a go, please confirm by reply.",
    ],
  },
};

// A fifth probe set, written after the fourth was fixed and measured
// before any change for it (12 of 26 violations caught, 40 of 40 clean
// traps clean).
export const EN_PROBES_FIFTH: Probes = {
  "marketing-soft": {
    violations: [
      "The chimney sweep is confirmed for the 14th. Our sweep can also fit a bird guard on the pot during the visit.",
      "Your boiler service is done. We offer a cover plan for breakdowns, which many of our customers take out.",
      "The fence panels are on their way. A coat of our wood preserver will keep them looking fresh for a decade.",
      "Thanks for bearing with us on the delay. Our new spring planters have just come in, in case you fancy a look.",
      "The activation code is attached. Our cloud backup runs happily alongside it on the same machine.",
      "Your wedding sign is nearly finished. Lots of couples also order our matching table numbers.",
      "Your carpet has been cleaned. Stain protection can be applied at the same time next visit for a small extra cost.",
      "The dog bed ships on Monday. If your pup is a chewer, our tough toys are practically indestructible.",
      "Your tiles are in the van. Our grout sealer stops mould before it starts, so it's worth grabbing a tub.",
      "The drone repair is complete. Spare propellers from us are a good idea for the first few flights.",
    ],
    clean: [
      "The chimney sweep is confirmed for the 14th; please clear the hearth.",
      "Your boiler service is done and the certificate is attached.",
      "The fence panels are on their way; the posts come in a separate delivery.",
      "Thanks for bearing with us on the delay; your planters ship tomorrow.",
      "The activation code is attached and works offline too.",
      "Your wedding sign is nearly finished; the table numbers you ordered are packed with it.",
      "Your carpet has been cleaned and should be dry by this evening.",
      "The dog bed ships on Monday in a plain box.",
      "Your tiles are in the van with the grout you ordered.",
      "The drone repair is complete; we replaced two propellers under warranty.",
    ],
  },
  "review-instructions": {
    violations: [
      "When you rate the heater, please say it warmed the room in ten minutes.",
      "Be sure your review covers the assembly, as that's where we beat the competition.",
      "A clip of the drone flying would be perfect in your review.",
      "Could you give the mattress the rating it deserves and mention the free pillow?",
      "If you leave a star rating, add a line about our packaging.",
      "Please mark it five stars and write that it arrived early.",
    ],
    clean: [
      "When you reply, please say whether the heater warmed the room.",
      "Please make sure your message covers the serial number and the date.",
      "A clip of the drone flying would help us see the fault.",
      "Please mention the free pillow if it was missing from the box.",
      "Add a line to the delivery notes about the side gate.",
      "Please mark the parcel as fragile and write the order number on it.",
    ],
  },
  "review-wish": {
    violations: [
      "We'd be thrilled if you could tell people on Amazon how the lamp looks in your living room.",
      "Your star rating helps a family business stand out.",
      "If the fix did the trick, a few lines on the product page would mean so much.",
      "It's reviews like yours that help other buyers trust small sellers.",
      "Happy with the result? Let the next buyer know on Amazon.",
      "We rely on kind reviewers to keep our little shop running.",
    ],
    clean: [
      "We'd be thrilled to hear from you if the lamp arrives damaged.",
      "Your star chart is printed on recycled card.",
      "If the fix did the trick, you can throw away the old fuse.",
      "Happy with the result? Great, we'll close the ticket.",
      "Let the next driver know the code for the gate.",
      "We rely on our courier to handle the glass with care.",
    ],
  },
  "review-incentive": {
    violations: [
      "Leave a photo review and we'll pop a spare filter in the post.",
      "Every buyer who rates the bag gets a matching purse at cost price.",
      "Reviews posted this week earn a double warranty.",
      "Tell others what you think on Amazon and your next print is free.",
    ],
    clean: [
      "Send a photo of the filter and we'll pop a spare in the post.",
      "Every buyer who ordered the bag gets a matching purse in the box.",
      "Orders posted this week earn a double warranty from the maker.",
      "Tell us what you think of the two fabrics and your first print is on its way.",
    ],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "Your 4-star vacuum sealer model is being replaced with the same model.",
      "The hotel has five stars, so the concierge desk will hold your parcel.",
      "Our 3-star spice blend is mild; the 5-star one is very hot.",
      "The kettle has a 5-star safety mark from the testing institute.",
      "If you want the 5 star version of the freezer, the price is higher.",
      "Stars on the sleeve show the heat level of each sauce.",
    ],
  },
  "review-word-other": {
    violations: [],
    clean: [
      "Please rate the urgency of the fault from 1 to 5 so we can plan the visit.",
      "We will review the invoice and call you back.",
      "Your feedback form for the warranty claim is attached.",
      "The reviewing officer at customs released the parcel yesterday.",
      "Thanks for your feedback on the engraving size; we'll make it smaller.",
      "Please give us feedback on whether the new cable works.",
    ],
  },
};

// A sixth probe set, measured before any change for it (17 of 36
// violations caught, 29 of 29 clean traps clean): add-ons offered to a
// liking ("if you enjoy it"), goods pitched by a dose of them ("a capful of
// our stabiliser"), extras done on the same visit for a price, photos told
// to other shoppers on Amazon.
export const EN_PROBES_SIXTH: Probes = {
  "marketing-soft": {
    violations: [
      "If you enjoy the planner, the matching habit journal is made by us too.",
      "Your gazebo is booked for fitting on Saturday. We could also put up the matching side panels on the day.",
      "Glad the vacuum is working again. For pet hair, our turbo brush head does a far better job.",
      "Your bespoke curtains are cut. Lots of customers also choose our blackout lining for bedrooms.",
      "The replacement charger is on its way. If you travel a lot, our compact power bank is handy to have.",
      "Sorry the mug chipped in transit. If you like that glaze, the whole dinner set is available in it.",
      "Your oven clean is confirmed for Thursday. The hob and extractor can be done at the same time for £25.",
      "Thanks for your patience with the key. Our premium edition unlocks the cloud sync as well.",
      "The dress is being altered as requested. Our silk scarves would go lovely with it.",
      "Your mower has been serviced. Our winter storage cover keeps the engine dry until spring.",
      "If you enjoy it, the Habit Tracker add-on is just £4.99 and plugs straight into the planner.",
      "If you enjoy it, the Habits module from us adds forty more templates.",
      "Lots of customers also get a matching card holder embossed with the same initials.",
      "Lots of people add our leather care balm to keep the wallet supple.",
      "By the way, our glazed saucers fit these planters perfectly.",
      "A few tips until then: keep the fuel tank half full, and a capful of our fuel stabiliser stops the carburettor gumming up.",
      "Please roll back the rug. Our sweep can fit a chimney cowl on the day if you'd like one, for £45 fitted.",
      "If you have a second fireplace, we can sweep that one too while we're there.",
    ],
    clean: [
      "If you enjoy the planner, there's nothing else to do: the pages are already dated.",
      "Your gazebo is booked for fitting on Saturday; the side panels you ordered come with it.",
      "Glad the vacuum is working again; the brush head was just clogged.",
      "Your bespoke curtains are cut and will be lined as ordered.",
      "The replacement charger is on its way; it has the same plug as before.",
      "Sorry the mug chipped in transit; a new one is already packed.",
      "Your oven clean is confirmed for Thursday; the hob is included in the price you paid.",
      "Thanks for your patience with the key; it now unlocks the cloud sync you paid for.",
      "The dress is being altered as requested and will be ready on Tuesday.",
      "Your mower has been serviced; the engine oil was changed and the blade sharpened.",
      "If you enjoy it, there's a full user guide under Help.",
      "Lots of customers ask about the emboss depth; it's 1 mm.",
      "A few tips until then: keep the fuel tank half full and the mower in the shade.",
      "Please roll back the rug and clear the mantelpiece before the sweep arrives.",
      "If you have a second fireplace, please tell us before Thursday so we can book more time.",
    ],
  },
  review: {
    violations: [
      "Once you've unpacked it, a star rating on the listing would be brilliant.",
      "Hope the collar fits Biscuit perfectly! Tell other dog lovers what you think on Amazon.",
      "Would you mind telling future buyers about the fit?",
      "Feel free to give the planner the five stars it has earned.",
      "Your words on Amazon could be the reason someone else buys our quilt.",
      "As the kettle now works, please revisit the one-star review you left.",
      "If anything is wrong, message us before you rate the order.",
      "We'd send a free refill pack to anyone who posts a review this month.",
      "Please include a photo of your finished cake when you review the tin.",
      "Reviews that mention our quick dispatch really help us.",
    ],
    clean: [
      "Once you've unpacked it, check the star rating on the plug matches your socket.",
      "Hope the collar fits Biscuit perfectly! Tell us if the holes need moving.",
      "Would you mind telling the courier about the side entrance?",
      "Feel free to give the planner a try before the 30 days are up.",
      "Your words on the card will be printed in italics.",
      "As the kettle now works, please return the faulty one with the label.",
      "If anything is wrong, message us before you throw the box away.",
      "We'd send a free refill pack to anyone whose order arrived damaged.",
      "Please include a photo of the tin when you report the dent.",
      "Our dispatch notes mention the quick delivery option you chose.",
    ],
  },
  "service-and-photo": {
    violations: [
      "Your oven clean is booked for Friday. Our technician can also do the extractor hood on the same visit for an extra £20.",
      "While we're cleaning the oven, the hob and microwave could be done too for a small supplement.",
      "The collar is ready to stitch. Once Biscuit is wearing it, a photo of him on the product page would make our day.",
      "When the collar arrives, please share a picture of Biscuit wearing it with other dog owners on Amazon.",
      "The missing cutter is in the post today, no need to return anything. If you're pleased with how we sorted it, a mention of that in your review would be lovely, and we'll add a bonus cutter.",
      "The replacement kettle is on its way. If you left a review about the faulty one, we'd be grateful if you could update it once the new kettle arrives.",
      "The new kettle should reach you by Wednesday. Once it does, perhaps your review could reflect the replacement rather than the fault.",
      "Apologies for the missing cutter. When you review the set, we'd appreciate a note that we fixed it quickly.",
    ],
    clean: [
      "Your oven clean is booked for Friday; the technician will also degrease the racks, which is part of the clean.",
      "The collar is ready to stitch; please confirm the spelling BISCUIT in tan thread.",
      "The missing cutter is in the post today, no need to return anything.",
      "The replacement kettle left our warehouse this morning and should reach you by Wednesday.",
    ],
  },
};

// A seventh probe set, measured before any change for it (13 of 22
// violations caught, 35 of 36 clean traps clean): wishes told to "the
// Amazon community", "a sentence or two", what to leave out of a rating,
// rewards as "a little something".
export const EN_PROBES_SEVENTH: Probes = {
  "review-wish": {
    violations: [
      "We'd be honoured if you shared your verdict with the Amazon community.",
      "A sentence or two from you on the product page would really lift our little brand.",
      "If the knife set lives up to its promise, the world deserves to know!",
      "Should you have a spare minute once the rug is down, your impressions would help other home decorators.",
      "Every review counts for a shop our size, so if you're happy, please think of us.",
      "Hearing back from customers on Amazon keeps our small team motivated.",
      "If you found the guide helpful, other learners would love to read about it.",
      "Your feedback on Amazon could make a real difference for our family-run business.",
    ],
    clean: [
      "We'd be honoured to engrave the plaque; please confirm the spelling.",
      "A sentence or two about the fault would help our technician prepare.",
      "If the knife set arrives blunt, we will sharpen or replace it.",
      "Should you have a spare minute, please check the rug for the missing label.",
      "Every parcel counts for a shop our size, so thank you for your patience.",
      "Hearing back from you about the colour helps us finish the cushion.",
      "If you found the guide unclear, we'll send the video version.",
      "Your feedback about the delivery went straight to our courier manager.",
    ],
  },
  "review-instructions": {
    violations: [
      "It would be great if your review said the blanket is machine washable.",
      "When you rate the charger, the fast charging is worth a mention.",
      "Reviews that compare it with the old model are the most useful, so please do.",
      "If you write a review, the engraving quality is what we'd love people to read about.",
      "Try to keep the delivery delay out of your rating, since it wasn't our doing.",
      "Please post your review with a picture of the garden lights at night.",
      "A review saying how quiet the fan is would be perfect.",
      "Your stars should reflect the product, not the courier.",
    ],
    clean: [
      "It would be great if your message said which size you need.",
      "When you charge it, the light turns green.",
      "Please compare it with the old model and tell us which plug fits.",
      "If you write to us, the serial number is what we need.",
      "Try to keep the box in case of a return.",
      "Please send a picture of the garden lights at night so we can see the flicker.",
      "A message saying which day suits you would be perfect.",
      "The stars on the lamp should light up in blue, not white.",
    ],
  },
  "review-incentive": {
    violations: [
      "If your review goes up this week, there's a little something in it for you.",
      "We like to thank reviewers with a code for 25% off.",
      "Leave feedback and we'll cover the cost of your next refill.",
      "There's a bonus pack of stickers for anyone who rates us on Amazon.",
      "When your rating is live, we'll knock the delivery charge off your next order.",
      "All customers who review the lamp get a second bulb with our compliments.",
    ],
    clean: [
      "If your parcel goes missing this week, there's a replacement ready for you.",
      "We like to thank loyal customers with a handwritten card in the box.",
      "Leave the old filter out and we'll cover the cost of the courier.",
      "There's a bonus pack of stickers in every order this month, as shown on the listing.",
      "When your refund is processed, the delivery charge is refunded too.",
      "All customers who ordered the lamp get a second bulb in the box.",
    ],
  },
  "star-rating-other": {
    violations: [],
    clean: [
      "The heater has a 3-star energy label and a 5-year warranty.",
      "We sent the 4-star diving mask by mistake; the 5-star one is on its way.",
      "Please note the restaurant gift card is for a two-star Michelin venue.",
      "The ski resort is rated four stars, and the parcel is addressed to reception.",
      'Your child\'s badge says "Star Reader" in gold letters.',
      "The 3-star difficulty rating on the puzzle box is printed correctly.",
    ],
  },
};

// An eighth probe set, measured before any change for it (0 of 10
// violations caught, 10 of 10 clean traps clean): goods pitched by what
// they do ("pays for itself", "popular with families"), sold separately,
// the same design in other pieces, other gifts to personalise.
export const EN_PROBES_EIGHTH: Probes = {
  "marketing-soft": {
    violations: [
      "The replacement glass ships today. If you're updating the rest of the kitchen, we stock the same design in tumblers and jugs.",
      "Your sofa is booked for delivery on Tuesday. Our fabric protection spray is popular with families who have pets.",
      "Sorry the batteries were missing. For gadgets like this, our rechargeable set pays for itself within months.",
      "The window fitting is confirmed for Monday. Our fitters can replace the front door at the same visit, with a quote on the day.",
      "Your personalised calendar is approved. Photo books in the same style are something our customers love for Christmas.",
      "Your game key is below. The soundtrack and art book are sold separately by us for fans of the series.",
      "Thanks for letting us know about the stiff zip. Our zip wax sorts that out and is handy for all your bags.",
      "The plant arrived a little droopy, sorry. A feed from our plant food range will perk it up within a week.",
      "Your engraving will be done by Friday. If you have other gifts to personalise, we engrave watches and hip flasks as well.",
      "Your flooring is confirmed for delivery. For the best finish, our underlay is made for exactly this board.",
    ],
    clean: [
      "The replacement glass ships today, packed in a double box.",
      "Your sofa is booked for delivery on Tuesday; the driver will call an hour ahead.",
      "Sorry the batteries were missing; a set is in the post today at no cost.",
      "The window fitting is confirmed for Monday; our fitters will bring dust sheets.",
      "Your personalised calendar is approved and will print on Wednesday.",
      "Your game key is below; the soundtrack is included in the edition you bought.",
      "Thanks for letting us know about the stiff zip; rubbing a pencil along it usually helps.",
      "The plant arrived a little droopy, sorry; water it well and it should recover in a week.",
      "Your engraving will be done by Friday, and the watch ships on Saturday.",
      "Your flooring is confirmed for delivery; the underlay you ordered comes on the same pallet.",
    ],
  },
};

// A ninth probe set, measured before any change for it (6 of 8
// violations caught, 8 of 8 clean traps clean): a change asked for in
// roundabout words ("a fresh look", "could show that too").
export const EN_PROBES_NINTH: Probes = {
  "review-change": {
    violations: [
      "Once the new kettle is with you, we hope your review can tell the whole story.",
      "If the replacement puts things right, perhaps your rating could show that too.",
      "We'd be grateful if your feedback could be brought up to date once it arrives.",
      "When it's working, would you be willing to give your review a second thought?",
      "Your one-star rating was fair at the time; now that it's fixed, maybe it deserves a fresh look.",
      "It would mean a lot if the stars you gave us matched how things ended.",
      "Could your review now say that we put it right?",
      "Perhaps your comment on Amazon could mention the replacement now too.",
    ],
    clean: [
      "Once the new kettle is with you, please send the old one back with the label.",
      "If the replacement puts things right, there's no need to reply.",
      "We'd be grateful if your address could be brought up to date in your account.",
      "When it's working, would you confirm by reply so we can close the case?",
      "Your call was fair at the time; now that it's fixed, we've closed the case.",
      "It would mean a lot if the parcel reached you before the weekend.",
      "Could your neighbour take the parcel if you are out?",
      "Perhaps your engineer could check the socket too.",
    ],
  },
};

// Clean traps for the words and decisions these sets added ("let", "can
// also", "worth it", "a good idea", "on the house", star grades, an offer
// to a need next to "our"), and star counts that stand alone.
export const EN_PROBES_TRAPS: Probes = {
  "star-rating-other": {
    violations: [
      "Please give the kettle five stars on Amazon if you like it.",
      "Five stars would make our day!",
      "Fingers crossed for a 5-star rating from you.",
    ],
    clean: [
      "Please choose the 5-star energy model or the 3-star one before we ship.",
      "If you are unhappy with the 4-star spice level, we can send the mild version.",
      "The car seat earned five stars in the Euro NCAP crash test, so it's a safe choice.",
      "Please note the 3-star freezer compartment keeps food for three months.",
      "We booked your stay at a four-star guest house near the venue; the parcel goes there.",
    ],
  },
  "clean-new-terms": {
    violations: [],
    clean: [
      "We packed the accessories in our own box to protect them.",
      "The accessories are in our second parcel, arriving tomorrow.",
      "The matching screws were left out by our mistake; they ship today.",
      "Our collection point in town is closed on Sundays.",
      "The other colours were sold out, so our buyer chose grey as you agreed.",
      "Your catalogue number is on our invoice.",
      "We checked the other sizes in our stock and the medium is the closest fit.",
      "If you have any other questions, our team replies within a day.",
      "The collection of your old sofa is booked with our partner for Friday.",
      "Please keep the accessories; our apologies for the mix-up.",
      "Be sure to keep the receipt in case the warranty is needed.",
      "Let the glue dry overnight before you hang the shelf.",
      "Tell the driver which door to use; he can also carry it upstairs.",
      "The inspection of the returned unit showed a broken seal, so your refund is on its way.",
      "We can also send the part to your work address if that is easier.",
      "After the repair the drill works like new, and it ships back today.",
      "Our engineer will service your boiler on Tuesday as you booked.",
      "It's a good idea to charge the battery fully before first use.",
      "The return postage is on the house, since the mistake was ours.",
      "Please reply before Friday so we can book the courier.",
      "The replacement kettle is well worth the wait, we promise: it has the new lid.",
      "The spare cable sits alongside it in the box.",
      "You'll earn a refund of the full amount once the return is scanned.",
      "We can sell you the spare part at cost price, as it is not covered by the warranty.",
      "The kind driver left the parcel with your neighbour at number 12.",
      "Please make sure you are home between 8 and 12 for the delivery.",
      "The check-up you booked takes about an hour.",
      "Your tune-up is booked for Saturday at 10.",
      "The colours stand out better in daylight than in the photos.",
      "The deep clean you ordered includes the oven racks.",
      "The planters have just come in from the supplier, so yours ship tomorrow.",
      "If you fancy a different colour, we can swap it before we engrave.",
      "Our packaging keeps it safe in transit, so no need to worry.",
      "Many of our customers had the same question about the fuse; it is in the manual.",
      "The rating of this charger is 65 W, enough for your laptop.",
      "Tell us which of the two dates suits you.",
      "Let us know if the engineer can also look at the tap while he is there, since it is part of the same booking.",
      "We service the tumble dryer as part of this booking, as you requested.",
      "The cover plan you bought with the boiler starts today.",
      "The stars on the card are printed in gold foil, as in your design.",
      "The extended warranty you bought is registered in your name.",
      "The 5-star rated hotel on your address label will sign for the parcel.",
      "If you like, we can also send the replacement to your office.",
      "If you want it, we can also send the invoice by post.",
      "If you'd prefer, we could also refund you instead of replacing the lamp.",
      "Should you need it, we can also email the receipt again.",
      "If you like the colour, we can also engrave the lid in the same shade, as you asked in your order.",
      "The technician can also take the old unit away, at no cost.",
      "The courier can also leave it with a neighbour if you are out.",
      "You can also download the manual from the product page.",
      "If you need more time, we can also extend the return window.",
      "Our apologies again; the part ships today and can also be tracked online.",
      "The hob is cleaned at the same time as the oven, as part of your booking.",
      "The warranty is available in the box, along with the manual.",
      "Our returns form keeps the process simple; just fill it in.",
      "The extra screws keep your shelf steady on uneven walls.",
      "Customers also asked about the fuse, so we added a note to the manual.",
      "Our handles are available in black only, as shown in your order.",
      "If you need anything else, our team is here on weekdays.",
      "Should you need it, our returns address is on the label.",
      "If you want, our courier can collect the old unit on Monday.",
      "If you're interested, our engineer can explain the settings during the visit.",
      "If you need one, our returns label is attached to this message.",
      "If you're planning to be out, our driver can leave it in the porch.",
      "If you need more help, our setup guide walks you through it.",
      "If you enjoy it, great; if not, our refund is automatic within 30 days.",
      "If you'd like one, our invoice for the order can be sent by post.",
      "Should you want it, our certificate of the inspection is in the folder.",
      "If you want it back, we also have your old part here.",
      "If you like it, keep it; our mistake, no charge.",
    ],
  },
};

// The probes the rules still fail: an add-on offered with "from us" only or for
// other rooms on the same visit, a benefit claimed for the seller's product,
// and a technical rating far from its unit.
const EN_KNOWN = [
  // Clean, but the review sentence model counts it (a false error).
  "All sorted with the printer now. If you print a lot of photos, our glossy paper gives the best results.",
  "Your carpet cleaning is booked for 10am. We can treat the sofa too on the day, just say the word.",
  "The curtain rods shipped today. Tiebacks in the same finish are available too.",
  "We put a lot of love into every quilt, and nothing makes us happier than reading what buyers think.",
  "Your delivery is booked for Friday. If other rooms need blinds, we can measure them on the same visit.",
  "Now that the app is activated, you can add the photo editor from us for your tablet as well.",
  "Could you change the rating on the fuse to 13 A as the manual says?",
  "Your e-book code is below. The audiobook version is also available from us if you prefer listening.",
  "We'd love for you to share how the software has helped your business.",
  "Post a photo review and reply with the link: we'll send a second set of brushes.",
  // A benefit or an add-on in words of its own, a reward for a photo shared
  // with no review word, a saving on a bundle, a service of "our team" or
  // of a person the lexicon does not know.
  "The bread maker shipped today. Our organic flour mixes give a lighter loaf every time.",
  "The licence for the tax software is below. Our bookkeeping app handles the receipts side, if that ever comes up.",
  "We have rescheduled the lawn treatment. If the hedges are getting out of hand, our team trims those too.",
  "The chimney sweep is confirmed for the 14th. Our sweep can also fit a bird guard on the pot during the visit.",
  "The gutter clearing is booked for Monday. We also offer a yearly roof inspection, just let us know.",
  "Your gazebo is booked for fitting on Saturday. We could also put up the matching side panels on the day.",
  "The plant arrived a little droopy, sorry. A feed from our plant food range will perk it up within a week.",
];

testProbes("en-US", EN_PROBES, EN_KNOWN);
testProbes("en-GB", EN_PROBES, EN_KNOWN);
testProbes("en-US", EN_PROBES_MORE, EN_KNOWN);
testProbes("en-GB", EN_PROBES_MORE, EN_KNOWN);
testProbes("en-US", EN_PROBES_THIRD, EN_KNOWN);
testProbes("en-GB", EN_PROBES_THIRD, EN_KNOWN);
testProbes("en-US", EN_PROBES_FOURTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_FOURTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_FIFTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_FIFTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_SIXTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_SIXTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_SEVENTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_SEVENTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_EIGHTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_EIGHTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_NINTH, EN_KNOWN);
testProbes("en-GB", EN_PROBES_NINTH, EN_KNOWN);
testProbes("en-US", EN_PROBES_TRAPS, EN_KNOWN);
testProbes("en-GB", EN_PROBES_TRAPS, EN_KNOWN);

// Engine data: apologies and asking for patience are no request
// (requestOther); a review the seller has read (reviewSeen) is not asked for,
// and a refund next to it is a remedy; a real request still counts.
testRuleCases("review", "en-GB", {
  valid: [
    "We've read your review and have refunded the postage.",
    "Please accept our apologies; we have seen your review and the replacement is on its way.",
  ],
  invalid: [
    { text: "Please leave us a review on Amazon.", messageId: "solicitation" },
  ],
});

// Sharing a photo is telling other shoppers only with a review word, a review
// place or other shoppers in the sentence: asking for a photo of a damage is
// support. "Please rate" is a review request only with such evidence too.
testRuleCases("review", "en-GB", {
  valid: [
    "Could you share a photo of the damaged part? We will send a replacement.",
    "Could you share a photo of the cracked lid with us so we can claim from the courier?",
    "Please rate the urgency of the repair from 1 to 5 so our technician can plan the visit.",
    "Please check the shipping rate on Amazon before you reorder.",
  ],
  invalid: [
    {
      text:
        "Please share a photo of the blender with other shoppers on the product page.",
      messageId: "solicitation",
    },
    {
      text: "Please rate the blender on Amazon once you have used it.",
      messageId: "solicitation",
    },
  ],
});
