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

// The probes the rules still fail: an add-on offered with "from us" only or for
// other rooms on the same visit, a benefit claimed for the seller's product,
// and a technical rating far from its unit.
const EN_KNOWN = [
  "All sorted with the printer now. If you print a lot of photos, our glossy paper gives the best results.",
  "Your carpet cleaning is booked for 10am. We can treat the sofa too on the day, just say the word.",
  "The curtain rods shipped today. Tiebacks in the same finish are available too.",
  "Thanks for confirming the delivery slot. By the way, we have a spring sale on garden chairs.",
  "We put a lot of love into every quilt, and nothing makes us happier than reading what buyers think.",
  "Your delivery is booked for Friday. If other rooms need blinds, we can measure them on the same visit.",
  "Now that the app is activated, you can add the photo editor from us for your tablet as well.",
  "Could you change the rating on the fuse to 13 A as the manual says?",
  "After cleaning the filter, a spray of our anti-limescale solution will stop the build-up.",
  "Your e-book code is below. The audiobook version is also available from us if you prefer listening.",
  "We'd love for you to share how the software has helped your business.",
  "Post a photo review and reply with the link: we'll send a second set of brushes.",
];

testProbes("en-US", EN_PROBES, EN_KNOWN);
testProbes("en-GB", EN_PROBES, EN_KNOWN);
testProbes("en-US", EN_PROBES_MORE, EN_KNOWN);
testProbes("en-GB", EN_PROBES_MORE, EN_KNOWN);
testProbes("en-US", EN_PROBES_THIRD, EN_KNOWN);
testProbes("en-GB", EN_PROBES_THIRD, EN_KNOWN);

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
