namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>
/// The question set every city starts with: the questions of an operational dialogue (verksamhetsdialog) in
/// trust-based governance. Administrators edit it or add others; a database always has it from its first start.
/// </summary>
public static class DefaultTemplate
{
    public const string Name = "Verksamhetsdialog";

    public static readonly IReadOnlyList<TemplateQuestion> Questions =
    [
        new("mission-and-goal-picture", QuestionKind.Text,
            "Hur hänger ert uppdrag ihop med stadens målbild?",
            "How does your mission connect to the city's goal picture?",
            "Vilka fokusområden bidrar ni mest till, och hur märks det för dem ni är till för?"),
        new("current-state", QuestionKind.Text,
            "Var står ni i dag?",
            "Where do you stand today?",
            "Det viktigaste från er nulägesanalys: styrkor, utmaningar och risker."),
        new("goals", QuestionKind.GoalAssessments,
            "Hur går det med era prioriterade mål?",
            "How are your prioritised goals going?",
            "Bedöm varje mål: i fas, osäkert eller inte i fas – och berätta varför."),
        new("went-well", QuestionKind.Text,
            "Vad har gått bra?",
            "What went well?",
            null),
        new("did-not-work", QuestionKind.Text,
            "Vad har inte fungerat, och vad har ni lärt er av det?",
            "What did not work, and what did you learn from it?",
            "Misslyckanden som delas blir lärdomar för fler."),
        new("citizens-voice", QuestionKind.Text,
            "Vad säger invånarna och brukarna?",
            "What do citizens and users say?",
            null),
        new("equality", QuestionKind.Text,
            "Jämlikhet: vilka grupper når ni sämre, och vad gör ni åt det?",
            "Equality: which groups do you reach less well, and what are you doing about it?",
            "Till exempel efter kön, ålder, område, funktionsnedsättning eller bakgrund."),
        new("collaboration", QuestionKind.Text,
            "Vilken samverkan behöver ni – inom staden och utanför?",
            "What collaboration do you need, within the city and beyond?",
            null),
        new("obstacles-and-support", QuestionKind.Text,
            "Vad står i vägen, och vilket stöd behöver ni av ledningen?",
            "What stands in the way, and what support do you need from leadership?",
            null),
        new("agreement-follow-up", QuestionKind.AgreementFollowUp,
            "Hur har det gått med överenskommelserna från förra dialogen?",
            "How did the agreements from the last dialogue go?",
            null),
    ];
}
