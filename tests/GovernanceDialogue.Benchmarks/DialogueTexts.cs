namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// What units write in their dialogues, for the generated city: about 30 Swedish sentences for each text question of
/// the default template (<c>DefaultTemplate</c>) and a few goal narratives per assessment. An answer is 2–4 of its
/// question's sentences, 40–120 words, so the summaries' word counting (<c>ts_lexize('swedish_stem', …)</c> over
/// <c>jsonb_array_elements(d.answers)</c>) works on text of realistic size and vocabulary: recurring themes (staffing,
/// recruitment, premises, sick leave, systems, collaboration) worded differently from unit to unit, stop words, and
/// capitalised names that must never count.
/// </summary>
public static class DialogueTexts
{
    public const int MinSentences = 2;
    public const int MaxSentences = 4;
    public const int MinWords = 40;
    public const int MaxWords = 120;

    /// <summary>The sentences of each text question, by the default template's question key.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Sentences = new Dictionary<string, string[]>
    {
        ["mission-and-goal-picture"] =
        [
            "Vårt uppdrag bidrar främst till fokusområdet trygg uppväxt, eftersom vi möter barn och familjer varje dag och kan upptäcka behov tidigt.",
            "Målbilden om en jämlik stad märks i vårt arbete genom att vi prioriterar de områden och grupper där behoven är störst.",
            "Vi har gått igenom målbilden tillsammans i arbetsgruppen och kopplat varje mål i vår verksamhetsplan till ett av stadens fokusområden.",
            "För dem vi är till för märks det genom kortare väntetider och att de får bättre information om vad vi kan erbjuda dem.",
            "Vårt uppdrag handlar om att skapa delaktighet, och det hänger tydligt ihop med målbildens betoning på invånarnas inflytande.",
            "Medarbetarna beskriver att målbilden ger en gemensam riktning, men att kopplingen till det dagliga arbetet ibland känns avlägsen.",
            "Vi bidrar till en hållbar stad genom att minska energianvändningen i våra lokaler och välja hållbara transporter i tjänsten.",
            "Kopplingen till målbilden blir tydligast när vi följer upp resultaten tillsammans med brukarna och ser vad som faktiskt har förändrats.",
            "Vi har valt att fokusera på två av stadens fokusområden i stället för alla, för att kunna göra verklig skillnad där vi finns.",
            "Uppdraget att ge god omsorg och stadens mål om ett tryggt åldrande går hand i hand i allt vi gör i verksamheten.",
            "Vi ser att vårt förebyggande arbete bidrar till målbilden, även om effekterna syns först efter flera år.",
            "Målbilden hjälper oss att prioritera när resurserna inte räcker till allt som vi skulle vilja göra under året.",
            "Genom vårt arbete med läsfrämjande insatser bidrar vi till stadens mål att fler barn ska klara skolan och känna framtidstro.",
            "Vi behöver bli bättre på att förklara för invånarna hur vårt uppdrag hänger ihop med stadens övergripande mål.",
            "Flera av våra mål handlar om arbetsmiljö, och en god arbetsmiljö är en förutsättning för att vi ska kunna nå målbilden.",
            "Vi har tagit fram en enkel bild som visar hur varje medarbetares arbete bidrar till stadens fokusområden.",
            "Fokusområdet om arbete och egen försörjning är centralt för oss, eftersom många vi möter står långt från arbetsmarknaden.",
            "Vi upplever att målbilden stämmer väl med vårt uppdrag, men att målen ibland formuleras utan att verksamheterna har varit delaktiga.",
            "Vår verksamhet bidrar till en levande stad genom att erbjuda mötesplatser där människor med olika bakgrund träffas.",
            "Tillitsbaserad styrning ger oss utrymme att själva hitta vägar till målen, och det uppskattas mycket av medarbetarna.",
            "Uppdraget att stödja barn i behov av särskilt stöd är vår viktigaste insats för en jämlik skola i hela staden.",
            "Vi har gjort målbilden till en stående punkt på arbetsplatsträffarna, så att den inte glöms bort i vardagen.",
            "Det märks för dem vi är till för genom att vi arbetar mer uppsökande och möter dem där de redan är.",
            "Våra insatser för trygghet i offentliga miljöer knyter direkt an till stadens mål om trygga och levande stadsdelar.",
            "Vi tolkar målbilden så att kvaliteten i mötet med invånaren är viktigare än antalet ärenden vi hinner med.",
            "Kopplingen mellan uppdraget och målbilden har blivit tydligare sedan vi började mäta brukarnas upplevelse av verksamheten.",
            "Vi bidrar till en hållbar stad genom att minska matsvinnet och ställa om till mer vegetarisk mat i våra kök.",
            "Målbilden har hjälpt oss att samla verksamhetens utvecklingsarbete kring färre och tydligare mål än tidigare.",
            "Det finns en risk att målbilden uppfattas som ännu ett dokument, om vi inte följer upp den i dialogerna.",
            "Vi ser vårt uppdrag som en del av stadens gemensamma arbete för att fler invånare ska känna tillit och framtidstro.",
        ],
        ["current-state"] =
        [
            "Vår största styrka är en stabil personalgrupp med lång erfarenhet, men flera medarbetare går i pension inom två år.",
            "Bemanningen har varit ansträngd under hela perioden på grund av hög sjukfrånvaro och svårigheter att rekrytera.",
            "Rekryteringen av legitimerad personal är vår största utmaning, och vi har haft vakanta tjänster i över ett halvår.",
            "Sjukfrånvaron har minskat något sedan i höstas, men den korta sjukfrånvaron är fortfarande hög i flera arbetsgrupper.",
            "Lokalerna är slitna och för trånga för verksamheten, vilket påverkar både arbetsmiljön och kvaliteten för brukarna.",
            "Ekonomin är i balans, men budgeten ger inget utrymme för utveckling eller för oförutsedda kostnader under året.",
            "Vi har ett stort antal nyanställda, och introduktionen tar mycket tid från de erfarna medarbetarna.",
            "Väntetiderna har ökat eftersom antalet ärenden har vuxit snabbare än bemanningen under det senaste året.",
            "Digitaliseringen har kommit en bit, men systemstödet är fortfarande krångligt och tar tid från kärnuppdraget.",
            "En risk är att personalomsättningen ökar om arbetsbelastningen fortsätter att vara så hög som nu.",
            "Medarbetarenkäten visar ett högt engagemang men också att många upplever stress och otydliga prioriteringar.",
            "Vi har fått fler brukare med komplexa behov, vilket ställer högre krav på både kompetens och samverkan.",
            "Samarbetet inom arbetslaget fungerar bra, och vi har en öppen kultur där vi lyfter problem tidigt.",
            "Kompetensförsörjningen är den största risken på sikt, särskilt när det gäller specialistkompetens och erfarna chefer.",
            "Administrationen har ökat och tar tid som i stället borde ägnas åt mötet med invånarna.",
            "Schemaläggningen är ett återkommande problem som skapar missnöje och ökar behovet av vikarier.",
            "Vi ser en tydlig förbättring av resultaten, men skillnaderna mellan olika grupper har inte minskat.",
            "Tryggheten i verksamheten har blivit bättre efter att vi förändrat rutinerna för ensamarbete på kvällar och helger.",
            "Kostnaderna för vikarier och inhyrd personal har ökat kraftigt och belastar budgeten mer än vi räknat med.",
            "Verksamheten har en god kvalitet enligt brukarundersökningen, men svarsfrekvensen är låg och svår att tolka.",
            "Vi saknar fortfarande ändamålsenliga lokaler efter flytten till Ekbacken, och det påverkar tillgängligheten.",
            "Det är svårt att behålla personal, eftersom lönerna är lägre än i grannkommunerna och arbetsbelastningen högre.",
            "Arbetsmiljön har förbättrats genom tydligare ansvarsfördelning och mer stöd från ledningen.",
            "Vi har en hög andel timanställda, vilket gör kontinuiteten sämre för dem vi är till för.",
            "Behovet av språkstöd har ökat, och vi har inte tillräckligt med resurser för tolkning i alla möten.",
            "Vår styrka är ett nära samarbete med föräldrarna, men vi når inte alla familjer lika bra.",
            "Den nya organisationen har inte satt sig ännu, och flera roller och ansvarsområden är fortfarande otydliga.",
            "Det finns en risk att vi inte klarar budgeten om sjukfrånvaron och behovet av vikarier fortsätter att öka.",
            "Vi har kommit långt i arbetet med digitalisering, men många medarbetare behöver mer utbildning i systemen.",
            "Efterfrågan på våra tjänster ökar stadigt, och vi behöver prioritera hårdare än tidigare.",
        ],
        ["went-well"] =
        [
            "Introduktionen av nyanställda har blivit mycket bättre sedan vi införde faddrar för alla nya medarbetare.",
            "Samarbetet med skolan kring elever med hög frånvaro har gett resultat, och närvaron har ökat under våren.",
            "Vi har lyckats minska väntetiderna genom att införa en gemensam mottagning med tydlig prioritering.",
            "Medarbetarna har själva tagit fram nya rutiner för dokumentation, som sparar flera timmar varje vecka.",
            "Brukarna ger oss högre betyg än tidigare, särskilt när det gäller bemötande och information.",
            "Vi har genomfört flera uppskattade aktiviteter tillsammans med föreningar i närområdet.",
            "Sjukfrånvaron har minskat efter att vi infört regelbundna samtal om arbetsbelastning med varje medarbetare.",
            "Den digitala tidsbokningen har tagits emot väl och minskat antalet samtal till växeln betydligt.",
            "Arbetsplatsträffarna har blivit mer delaktiga, och fler medarbetare bidrar med egna förslag.",
            "Vi har rekryterat två erfarna medarbetare som redan har stärkt verksamheten på flera sätt.",
            "Samverkan med socialtjänsten har blivit tätare, och vi fångar upp barn i behov av stöd tidigare.",
            "Den nya schemaläggningen har gett en jämnare bemanning och färre ändringar med kort varsel.",
            "Vi har minskat energianvändningen i lokalerna med nästan en tiondel genom enkla åtgärder.",
            "Läsfrämjande insatser har nått fler barn än vi räknade med, och många familjer har kommit tillbaka.",
            "Kompetensutvecklingen inom digitala verktyg har gett medarbetarna större trygghet i arbetet.",
            "Vi har fått bättre kontinuitet i hemtjänsten genom mindre arbetsgrupper med fasta områden.",
            "Ett gemensamt arbete med värdegrunden har gjort att vi pratar mer öppet om svåra situationer.",
            "Föräldramötena har fått ett högre deltagande sedan vi började erbjuda tolk och digitalt deltagande.",
            "Den uppsökande verksamheten har nått grupper som tidigare inte sökte sig till oss.",
            "Vi har klarat budgeten trots ökade kostnader, tack vare god planering och tydliga prioriteringar.",
            "Medarbetarna lyfter den goda stämningen i arbetslaget som en viktig förklaring till att de stannar.",
            "Vårt arbete med trygghetsvandringar har lett till konkreta förbättringar i utemiljön kring Lindparken.",
            "Vi har börjat följa upp resultaten varje månad, och det har gjort målen mer levande för alla.",
            "Samarbetet med fastighetsägaren har äntligen lett till att lokalerna renoveras under hösten.",
            "Ungdomarna har varit delaktiga i att utforma verksamheten, och besöksantalet har ökat tydligt.",
            "Vi har kortat handläggningstiden genom att ta bort moment som inte tillförde något för den sökande.",
            "Nya rutiner för överlämning mellan arbetspassen har minskat antalet avvikelser under året.",
            "Vi har lyckats behålla alla nyanställda under året, vilket är första gången på länge.",
            "Mentorskapet för nya chefer har gett ett bättre stöd i rollen och minskat känslan av ensamhet.",
            "Dialogen med invånarna i stadsdelen har gett oss flera nya idéer som vi redan har prövat.",
        ],
        ["did-not-work"] =
        [
            "Försöket med delade tjänster mellan två enheter fungerade inte, eftersom ansvaret blev otydligt för alla inblandade.",
            "Vi lyckades inte rekrytera till de vakanta tjänsterna, trots flera annonseringar och förlängd ansökningstid.",
            "Det nya verksamhetssystemet infördes för snabbt, och många medarbetare fick inte den utbildning de behövde.",
            "Vi satte upp för många mål samtidigt och hann inte följa upp dem på ett bra sätt.",
            "Sjukfrånvaron ökade under vintern, och vi hade inte tillräckligt med vikarier för att täcka upp.",
            "Lärdomen är att förändringar behöver förankras i arbetsgruppen innan de genomförs, annars blir motståndet stort.",
            "Samverkan med vårdcentralen har inte fungerat, eftersom vi saknar gemensamma rutiner och kontaktvägar.",
            "Vi underskattade hur mycket tid introduktionen av nyanställda skulle ta från den ordinarie verksamheten.",
            "Den digitala enkäten gav för få svar, och vi lärde oss att vi måste fråga brukarna på fler sätt.",
            "Lokalbristen gjorde att vi fick ställa in planerade aktiviteter, och det drabbade de mest utsatta.",
            "Vi försökte minska administrationen, men nya krav på dokumentation tog bort hela vinsten.",
            "Bemanningen räckte inte till under sommaren, och kvaliteten blev lidande under flera veckor.",
            "Vi har lärt oss att det är bättre att prova i liten skala och utvärdera innan vi breddar ett arbetssätt.",
            "Schemaändringarna med kort varsel skapade stress och ökade personalomsättningen i arbetsgruppen.",
            "Informationen till föräldrarna nådde inte fram, eftersom den bara fanns på svenska och på webben.",
            "Budgeten för kompetensutveckling drogs in, och det har försenat arbetet med att höja kompetensen.",
            "Vi följde inte upp överenskommelserna från förra dialogen tillräckligt, och flera av dem blev liggande.",
            "Projektet för ökad närvaro avslutades för tidigt, innan vi hann se några varaktiga effekter.",
            "Vi har lärt oss att brukarnas delaktighet måste planeras från början och inte läggas till i efterhand.",
            "Rekryteringen av chefer tog för lång tid, och arbetsgrupperna saknade stöd under en lång period.",
            "Systemstödet för uppföljning fungerar dåligt, och vi har fått föra statistik för hand i kalkylark.",
            "Vi misslyckades med att nå de äldre invånarna digitalt och behöver fler vägar in till verksamheten.",
            "Samarbetet mellan förvaltningarna stannade av när nyckelpersoner slutade, och det visar hur sårbart det är.",
            "Det var ett misstag att skära ned på handledningen, eftersom medarbetarna behöver stöd i svåra ärenden.",
            "Vi har lärt oss att tydliga mål och regelbunden uppföljning är viktigare än detaljerade handlingsplaner.",
            "Införandet av nya arbetssätt krockade med semesterperioden, och mycket fick göras om i höstas.",
            "Vi lyckades inte minska väntetiderna, eftersom antalet ärenden ökade mer än vi hade räknat med.",
            "Våra försök att minska sjukfrånvaron gav inte effekt, och vi behöver stöd från företagshälsovården.",
            "Arbetet med trygghet i lokalerna försenades, eftersom fastighetsfrågorna tog längre tid än planerat.",
            "Vi har lärt oss att dela misslyckanden öppet, och det har gjort det lättare att be om hjälp i tid.",
        ],
        ["citizens-voice"] =
        [
            "Brukarundersökningen visar att de flesta är nöjda med bemötandet men vill ha bättre information.",
            "Föräldrarna efterfrågar mer kontakt och tydligare information om vad som händer i verksamheten.",
            "Invånarna i stadsdelen lyfter otrygghet på kvällarna och önskar bättre belysning och fler vuxna ute.",
            "De äldre uppskattar kontinuiteten i hemtjänsten men upplever att personalen ofta har bråttom.",
            "Flera brukare har framfört att väntetiderna är för långa och att det är svårt att nå oss per telefon.",
            "Ungdomarna vill ha längre öppettider och fler aktiviteter som de själva har varit med och planerat.",
            "Synpunkterna som kommit in handlar framför allt om tillgänglighet, både i lokalerna och på webben.",
            "Många uppskattar att vi finns nära och att de möter samma personal över lång tid.",
            "Invånarna vill vara mer delaktiga i beslut som rör deras närmiljö och efterfrågar fler dialogmöten.",
            "Eleverna upplever att studieron har blivit bättre, men att de vill ha mer stöd i matematik.",
            "Anhöriga lyfter att de vill bli informerade tidigare när något förändras för deras närstående.",
            "Klagomålen har minskat sedan vi förenklade rutinerna för synpunkter och återkoppling.",
            "Brukarna efterfrågar information på fler språk och hjälp att förstå hur de ska gå till väga.",
            "Besökarna uppskattar de nya aktiviteterna, men många vet inte om vad vi faktiskt erbjuder.",
            "Föräldrar till barn med funktionsnedsättning upplever att de får kämpa för att få rätt stöd.",
            "Invånarna är positiva till satsningarna på parker och grönområden men oroar sig för nedskräpning.",
            "De vi möter beskriver att de känner sig lyssnade på, vilket är ett tydligt resultat av vårt arbete med bemötande.",
            "Flera synpunkter handlar om att det är svårt att förstå vem som ansvarar för vad i staden.",
            "De äldre vill ha fler träffpunkter och möjligheter att umgås, särskilt under vintern.",
            "Brukarna tycker att de digitala tjänsterna är bra, men vill fortfarande kunna träffa någon personligen.",
            "Invånarna uttrycker oro över långa köer till förskolan i de nya bostadsområdena vid Sjöstaden.",
            "Eleverna vill ha mer inflytande över undervisningen och upplever att deras synpunkter sällan leder till förändring.",
            "Föräldrarna är nöjda med verksamheten men oroliga för den höga personalomsättningen.",
            "Brukarrådet har lyft behovet av bättre tillgänglighet i entréer och toaletter.",
            "Många besökare säger att biblioteket är en trygg plats där de kan vara utan krav.",
            "Invånarna vill ha snabbare återkoppling när de gör en felanmälan eller lämnar synpunkter.",
            "Brukarna uppskattar att vi har samlat flera tjänster på samma ställe i stadsdelen.",
            "Ungdomar som vi har intervjuat beskriver att de saknar vuxna att prata med efter skolan.",
            "Anhöriga och brukare lyfter att maten och måltidsmiljön har blivit bättre under året.",
            "Synpunkterna visar att förtroendet för verksamheten är högt, men att det skiljer sig mellan stadsdelarna.",
        ],
        ["equality"] =
        [
            "Vi når familjer med annat modersmål än svenska sämre, och vi har börjat erbjuda information på fler språk.",
            "Pojkarna i högstadiet har sämre resultat, och vi har startat en studiegrupp med extra stöd efter skolan.",
            "Äldre personer som bor ensamma är svåra att nå, så vi samarbetar med frivilligorganisationer för att hitta dem.",
            "Personer med funktionsnedsättning möter hinder i våra lokaler, och vi har gjort en inventering av tillgängligheten.",
            "Flickor deltar mindre i våra aktiviteter, och vi har därför infört särskilda tider och aktiviteter för dem.",
            "De som bor i ytterområdena använder våra tjänster mindre, och vi prövar mobila lösningar.",
            "Vi ser att nyanlända familjer har svårt att förstå hur förskolan fungerar och har infört introduktionsmöten.",
            "Personer med psykisk ohälsa hoppar ofta av våra insatser, och vi behöver anpassa arbetssätten.",
            "Vi saknar statistik uppdelad på kön och ålder, och det gör det svårt att se vilka vi inte når.",
            "Ungdomar utan fritidsaktiviteter är den grupp vi helst vill nå, och vi arbetar uppsökande i skolorna.",
            "Barn i ekonomiskt utsatta familjer deltar mindre i avgiftsbelagda aktiviteter, så vi har tagit bort avgifterna.",
            "Vi har upptäckt att digitala tjänster utestänger äldre, och vi erbjuder därför hjälp på plats.",
            "Kvinnor med utländsk bakgrund står längre från arbetsmarknaden, och vi har startat en särskild språksatsning.",
            "Tolkstödet räcker inte till, och det drabbar dem som har störst behov av vårt stöd.",
            "Vi har gjort en analys av vilka som besöker oss och ser att stora grupper i stadsdelen saknas.",
            "Elever med neuropsykiatriska funktionsnedsättningar behöver bättre anpassningar i undervisningen.",
            "Vi har utbildat medarbetarna i normkritik för att bli bättre på att möta alla på lika villkor.",
            "Skillnaderna mellan stadsdelarna är stora, och resurserna behöver fördelas efter behov.",
            "Äldre med demenssjukdom och deras anhöriga behöver mer stöd än vi kan erbjuda i dag.",
            "Vi når unga vuxna sämre och har börjat finnas på de platser där de redan är.",
            "Personer som inte pratar svenska får sämre information om sina rättigheter, och det måste vi ändra på.",
            "Vi har anpassat öppettiderna för att även nå dem som arbetar dagtid.",
            "Barn med föräldrar i missbruk är en grupp vi vill fånga upp tidigare genom samverkan med socialtjänsten.",
            "Hbtqi-personer har berättat att de inte alltid känner sig välkomna, och vi har sett över vårt bemötande.",
            "Vi har infört lättläst information för att fler ska kunna ta del av vad vi erbjuder.",
            "Det är svårt att nå familjer som flyttar ofta, och barnen riskerar att falla mellan stolarna.",
            "Vi har bjudit in representanter för olika grupper att granska våra tjänster och ge förslag.",
            "Skillnaderna i resultat mellan flickor och pojkar har minskat, men de finns fortfarande kvar.",
            "Vi ser att personer med låg inkomst använder våra tjänster mindre och vill förstå varför.",
            "Jämlikhetsarbetet behöver bli en del av den ordinarie uppföljningen och inte ett eget projekt vid sidan av.",
        ],
        ["collaboration"] =
        [
            "Vi behöver ett närmare samarbete med socialtjänsten för att kunna ge barnen stöd i tid.",
            "Samverkan med vårdcentralen och psykiatrin är avgörande för brukare med sammansatta behov.",
            "Inom staden behöver vi samarbeta mer med fastighetsförvaltningen om lokalernas underhåll.",
            "Vi vill utveckla samarbetet med föreningslivet för att kunna erbjuda fler aktiviteter på kvällar och helger.",
            "Samverkan med skolan om elever med hög frånvaro behöver bli mer strukturerad och regelbunden.",
            "Vi behöver gemensamma rutiner med polisen och fastighetsägarna för att öka tryggheten i området.",
            "Ett närmare samarbete med Arbetsförmedlingen skulle hjälpa fler att komma i arbete.",
            "Vi efterfrågar ett gemensamt forum för enheterna i förvaltningen för att dela erfarenheter.",
            "Samarbetet med HR behöver stärkas för att vi ska klara rekryteringen de kommande åren.",
            "Vi vill samverka med andra förvaltningar om lokaler, så att de kan användas även på kvällstid.",
            "Samverkan med regionen om hälsofrämjande insatser för äldre behöver utvecklas.",
            "Vi behöver bättre kontaktvägar till stadens IT-stöd när systemen inte fungerar.",
            "Samarbetet med biblioteken om läsfrämjande insatser har stor potential som vi inte använder.",
            "Vi vill samarbeta med universitetet för att följa upp effekterna av våra insatser.",
            "Samverkan med civilsamhället är viktig för att nå grupper som inte söker sig till oss.",
            "Vi behöver ett tätare samarbete med elevhälsan om barn i behov av särskilt stöd.",
            "Ett samarbete med kultur- och fritidsförvaltningen skulle ge fler ungdomar en meningsfull fritid.",
            "Samverkan mellan hemtjänsten och hemsjukvården behöver bli smidigare vid utskrivning från sjukhus.",
            "Vi behöver gemensamma mål med de andra enheterna i stadsdelen för att undvika dubbelarbete.",
            "Samarbetet med kommunikationsavdelningen behövs för att nå ut med information på fler språk.",
            "Vi saknar en tydlig väg för samverkan med andra förvaltningar, och mycket hänger på personliga kontakter.",
            "Samverkan med näringslivet kan ge fler praktikplatser för ungdomar och nyanlända.",
            "Vi behöver samarbeta med stadsbyggnadsförvaltningen när nya bostadsområden planeras.",
            "Samverkan med ekonomifunktionen behöver bli tätare för att vi ska kunna planera långsiktigt.",
            "Vi vill fortsätta samarbetet med grannkommunerna kring kompetensförsörjning och gemensamma utbildningar.",
            "Ett gemensamt arbete med miljöförvaltningen kan hjälpa oss att minska energianvändningen.",
            "Samverkan med frivilligorganisationerna behöver ett tydligare avtal och en fast kontaktperson.",
            "Vi behöver samarbeta med trafikförvaltningen om säkra skolvägar för barnen.",
            "Samarbetet med socialtjänsten fungerar bra på individnivå, men det saknas en gemensam plan.",
            "Vi efterfrågar samverkan med andra enheter om en gemensam vikariepool.",
        ],
        ["obstacles-and-support"] =
        [
            "Vi behöver stöd från ledningen i rekryteringen, särskilt för att kunna erbjuda konkurrenskraftiga löner.",
            "Det som står i vägen är lokalerna, och vi behöver hjälp att driva frågan om nya lokaler.",
            "Vi önskar att ledningen prioriterar färre mål så att vi kan fokusera på det viktigaste.",
            "Administrationen tar för mycket tid, och vi behöver stöd för att förenkla rapporteringen.",
            "Vi behöver mer stöd från HR i arbetet med att minska sjukfrånvaron.",
            "Budgeten räcker inte till kompetensutveckling, och vi ber ledningen om ett särskilt anslag.",
            "Systemstödet är ett hinder, och vi behöver hjälp från IT att få det att fungera bättre.",
            "Vi behöver ledningens stöd för att få till en bättre samverkan med socialtjänsten.",
            "Det som står i vägen är bristen på vikarier, och vi behöver en gemensam vikariepool i förvaltningen.",
            "Vi önskar tydligare besked om budgeten tidigare på året, så att vi kan planera.",
            "Ledningen behöver stötta oss i dialogen med fastighetsägaren om underhåll och tillgänglighet.",
            "Vi behöver stöd i arbetet med schemaläggning för att få en jämnare bemanning.",
            "Vi ber om mer tid för chefer att vara närvarande i verksamheten och mindre tid i möten.",
            "Det som står i vägen är att beslut tar lång tid, och vi behöver större mandat att agera själva.",
            "Vi behöver stöd för att kunna behålla medarbetare, till exempel genom karriärvägar och kompetensutveckling.",
            "Vi önskar att ledningen lyfter frågan om tolkstöd, eftersom behovet är större än resurserna.",
            "Rekryteringen av specialister kräver stöd från förvaltningen, eftersom vi inte klarar det på egen hand.",
            "Vi behöver hjälp med kompetensförsörjningen på längre sikt, inte bara kortsiktiga lösningar.",
            "Det som står i vägen är att uppföljningen är omständlig, och vi ber om ett enklare systemstöd.",
            "Ledningen behöver ge oss stöd i att prioritera när uppdragen blir fler men resurserna inte ökar.",
            "Vi behöver stöd i lokalfrågan, eftersom trångboddheten påverkar både arbetsmiljön och kvaliteten.",
            "Vi önskar att ledningen efterfrågar våra erfarenheter tidigare när nya beslut förbereds.",
            "Vi behöver stöd från kommunikationsavdelningen för att nå ut till invånarna.",
            "Det som står i vägen är den höga personalomsättningen, och vi behöver stöd för att bryta den.",
            "Vi ber ledningen om hjälp att samordna insatserna mellan förvaltningarna.",
            "Vi behöver stöd med introduktionen av nyanställda, till exempel gemensamma utbildningsdagar.",
            "Det som står i vägen är ekonomin, och vi behöver besked om budgeten för nästa år så snart som möjligt.",
            "Vi önskar mer stöd i arbetsmiljöfrågor, särskilt när det gäller hot och våld.",
            "Vi behöver ledningens stöd för att kunna pröva nya arbetssätt utan att riskera budgeten.",
            "Vi behöver stöd i digitaliseringen, både med utbildning och med ett bättre systemstöd.",
        ],
    };

    /// <summary>What a manager writes beside a goal's assessment, by assessment.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> GoalNarratives = new Dictionary<string, string[]>
    {
        ["OnTrack"] =
        [
            "Målet är i fas: uppföljningen visar en tydlig förbättring sedan förra året.",
            "Vi ligger i fas, och resultaten följs upp varje månad på arbetsplatsträffarna.",
            "Insatserna har gett effekt, och vi räknar med att nå målet under året.",
            "Målet är i fas tack vare ett gemensamt arbete i hela arbetsgruppen.",
        ],
        ["Uncertain"] =
        [
            "Det är osäkert om vi når målet, eftersom bemanningen har varit ansträngd.",
            "Resultaten går åt rätt håll men för långsamt, och vi behöver se över insatserna.",
            "Vi saknar tillräckligt underlag för att bedöma om vi är i fas.",
            "Osäkert: sjukfrånvaron har försenat arbetet under våren.",
        ],
        ["OffTrack"] =
        [
            "Målet är inte i fas, eftersom vi inte har lyckats rekrytera till de vakanta tjänsterna.",
            "Vi når inte målet i år: lokalbristen har gjort det omöjligt att genomföra insatserna.",
            "Inte i fas: budgeten räckte inte till de planerade insatserna.",
            "Utvecklingen går åt fel håll, och vi behöver stöd för att vända den.",
        ],
    };

    /// <summary>
    /// An answer to <paramref name="key"/>: 2–4 different sentences of its pool, 40–120 words together. Drawn again
    /// until both hold, so the same random sequence always gives the same answer.
    /// </summary>
    public static string Answer(Random random, string key)
    {
        var pool = Sentences[key];
        while (true)
        {
            var count = random.Next(MinSentences, MaxSentences + 1);
            var chosen = new List<int>(count);
            while (chosen.Count < count)
            {
                var next = random.Next(pool.Length);
                if (!chosen.Contains(next))
                {
                    chosen.Add(next);
                }
            }

            var text = string.Join(' ', chosen.Select(i => pool[i]));
            var words = Words(text);
            if (words is >= MinWords and <= MaxWords)
            {
                return text;
            }
        }
    }

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
