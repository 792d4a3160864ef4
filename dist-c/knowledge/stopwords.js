// Words that carry no topic: Swedish and English function words, plus the vocabulary every
// funding sentence shares (money, paying, deciding), so that matching keys on what is funded.
export const STOPWORDS = new Set(`och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan
  man när år säga hon under också efter eller nu sin där vid mot ska skall hade blev bli blir vara
  detta dessa denna där här hur vad vem vilka vilken vilket varför när då sedan än även samt
  alla allt andra annat någon något några mer mest mycket mkt mycke lite får fick fått få ges
  gick går gå gått dess deras hans hennes våra vår vårt er ert era min mitt mina din ditt dina oss
  dem honom henne ej ju väl bara redan just inom ramen enligt genom utan över åt via per samma
  the a an and or of to in on for with by at from as is are was were be been being it its this
  that these those what which who whom whose how much many did do does done has have had will
  would can could should may might there their they them he she we you your our his her i me my
  about into than then so not no yes also any all some more most much very just only over under
  get got give given go went gone going`.split(/\s+/));
/** Words of every funding sentence; never a topic on their own. */
export const FUNDING_WORDS = new Set(`kronor kr krona konor sek miljon miljoner miljard miljarder mnkr mkr msek tkr tusen
  regeringen regering regeringens riksdagen riksdag riksdagens beslutar beslutade beslut beslutat avsätter avsatte bevilja
  beviljar beviljat betala betalar ut medel medlen pengar pengarna anslag anslaget stöd satsning
  satsningen satsar uppdrag uppdraget ytterligare totalt sammanlagt användas använda fördelas
  fördelar government million millions billion crowns kronor funding funds fund funded money
  grant grants granted allocated allocate allocation spent spend received receive receives paid
  pay pays total totally amount amounts went goes budget`.split(/\s+/));
//# sourceMappingURL=stopwords.js.map