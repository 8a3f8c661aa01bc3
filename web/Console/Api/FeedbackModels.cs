namespace Loyalty.Console.Api;

// The Feedback service's answers and requests (/api/feedback, docs/feedback.md), as the console reads them. Enums
// travel as their names: question kind Nps | Satisfaction | Choice | Text; subject Treatment | Clinic | Advisor;
// invitation status Open | Answered | Expired; follow-up status Open | Closed (Overdue as a filter); source Detractor |
// LowSatisfaction | Campaign | Operator; outcome Reached | NotReached | Resolved | Complaint.

/// <summary>NPS, response rate and satisfaction of a set of answers; NPS and its interval are null without answers.
/// </summary>
public record FeedbackScore
{
    public int Answers { get; init; }
    public int Invitations { get; init; }
    public double? ResponseRate { get; init; }
    public int Promoters { get; init; }
    public int Passives { get; init; }
    public int Detractors { get; init; }
    public double? Nps { get; init; }
    public double? NpsLower95 { get; init; }
    public double? NpsUpper95 { get; init; }
    public double? TreatmentSatisfaction { get; init; }
    public double? ClinicSatisfaction { get; init; }
    public double? AdvisorSatisfaction { get; init; }
}

/// <summary>One group of the results (a store, a treatment category, an advisor).</summary>
public sealed record FeedbackGroup : FeedbackScore
{
    public string Key { get; init; } = "";
}

/// <summary>One week or month of the trend.</summary>
public sealed record FeedbackPeriod : FeedbackScore
{
    public DateOnly PeriodStart { get; init; }
}

/// <summary>What the follow-ups of the range came to (GET /api/feedback/results).</summary>
public sealed record FollowUpCounts(
    int Open, int Overdue, int Closed, int Reached, int NotReached, int Resolved, int Complaints, int ClosedOnTime);

/// <summary>GET /api/feedback/results: the whole, each group and each period.</summary>
public sealed record FeedbackResults(
    FeedbackScore Overall, IReadOnlyList<FeedbackGroup> Groups, IReadOnlyList<FeedbackPeriod> Trend,
    FollowUpCounts? FollowUps);

/// <summary>A survey in the list (GET /api/feedback/surveys): its latest version.</summary>
public sealed record SurveySummary(
    string Code, int Version, IReadOnlyDictionary<string, string> Name, int QuestionCount,
    DateTimeOffset CreatedAt);

/// <summary>An answer option of a Choice question.</summary>
public sealed record SurveyOption(string Key, Dictionary<string, string> Text);

/// <summary>One question of a survey, its words in zh-CN and en.</summary>
public sealed record SurveyQuestion(
    string Key, string Kind, bool Required, Dictionary<string, string> Text, string? Subject = null,
    List<SurveyOption>? Options = null);

/// <summary>A survey definition as POST and PUT /api/feedback/surveys take it.</summary>
public sealed record SurveyDefinition(
    string Code, Dictionary<string, string> Name, List<SurveyQuestion> Questions);

/// <summary>A survey version as stored (GET /api/feedback/surveys/{code}).</summary>
public sealed record SurveyVersion(
    string Code, int Version, Dictionary<string, string> Name, List<SurveyQuestion> Questions,
    DateTimeOffset CreatedAt);

/// <summary>POST /api/feedback/surveys/{code}/sends: a survey to every member of a segment.</summary>
public sealed record SurveySendRequest(string SegmentCode);

public sealed record SurveySendResult(int Invited, int Skipped);

/// <summary>When invitations go out (GET and PUT /api/feedback/settings).</summary>
public sealed record FeedbackSettings
{
    public string? AfterTreatmentSurveyCode { get; set; }
    public List<string> TreatmentCategories { get; set; } = [];
    public int DelayDays { get; set; }
    public string SendAtLocalTime { get; set; } = "10:00";
    public int MinDaysBetweenInvitations { get; set; }
    public int LinkValidDays { get; set; }
    public string Channel { get; set; } = "Sms";
    public int FollowUpBelowSatisfaction { get; set; }
    public int FollowUpDueDays { get; set; }
}

/// <summary>A survey invitation as staff list them (GET /api/feedback/invitations).</summary>
public sealed record SurveyInvitation(
    Guid Id, Guid? MemberId, string SurveyCode, IReadOnlyDictionary<string, string>? SurveyName, string? StoreId,
    string Status, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? AnsweredAt);

/// <summary>A page of invitations or follow-ups.</summary>
public sealed record FeedbackPage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A care follow-up (回访) task.</summary>
public sealed record FollowUp(
    Guid Id, Guid MemberId, string StoreId, string Reason, string Source, Guid? InvitationId, Guid? CampaignId,
    DateOnly DueOn, bool Overdue, string? AssignedTo, string Status, string? Outcome, string? Note,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

/// <summary>POST /api/feedback/follow-ups: an operator opens a task for a member.</summary>
public sealed record FollowUpRequest(Guid MemberId, string Reason, DateOnly? DueOn, string? AssignedTo, string? Note);

/// <summary>PUT /api/feedback/follow-ups/{id}/assignee.</summary>
public sealed record FollowUpAssignment(string? AssignedTo);

/// <summary>POST /api/feedback/follow-ups/{id}/outcome.</summary>
public sealed record FollowUpOutcome(string Outcome, string? Note);

/// <summary>The words the feedback pages show for the service's names and numbers.</summary>
public static class FeedbackFormat
{
    public static readonly string[] FollowUpStatuses = ["Open", "Overdue", "Closed"];

    public static readonly string[] Outcomes = ["Reached", "NotReached", "Resolved", "Complaint"];

    public static readonly string[] QuestionKinds = ["Nps", "Satisfaction", "Choice", "Text"];

    public static readonly string[] Subjects = ["Treatment", "Clinic", "Advisor"];

    /// <summary>An NPS in points with one decimal ("+25.0", "−4.2"); a dash without answers.</summary>
    public static string Nps(double? nps) => nps is { } score ? score.ToString("+0.0;−0.0;0.0") : "–";

    /// <summary>The 95 % interval as "[2.1, 47.9]".</summary>
    public static string Interval(FeedbackScore score) => Interval(score.NpsLower95, score.NpsUpper95);

    public static string Interval(double? lower, double? upper) =>
        lower is { } low && upper is { } high ? $"[{low:0.0}, {high:0.0}]" : "–";

    public static string Satisfaction(double? average) => average is { } value ? value.ToString("0.00") : "–";

    public static string Rate(double? rate) => rate is { } value ? $"{value * 100:0.0} %" : "–";

    /// <summary>A word in both languages (a survey's name, a question) in the one the user reads.</summary>
    public static string InLanguage(IReadOnlyDictionary<string, string>? text) =>
        text is null ? ""
        : text.TryGetValue(Localization.Text.IsChinese ? "zh-CN" : "en", out var word) ? word
        : text.Values.FirstOrDefault() ?? "";

    /// <summary>The English label for an API name (NotReached: "Not reached"), which the pages translate.</summary>
    public static string Label(string? name) => name switch
    {
        null => "—",
        "NotReached" => "Not reached",
        "LowSatisfaction" => "Low satisfaction",
        "Nps" => "NPS",
        "Text" => "feedback|Text",
        "Open" or "Closed" or "Overdue" or "Answered" or "Expired" or "Scheduled" or "Skipped" or "Cancelled" =>
            "feedback|" + name,
        _ => name,
    };
}

/// <summary>What she answered (GET /api/feedback/invitations/{id}/answers): values by question key.</summary>
public sealed record GivenAnswer(
    Guid InvitationId, string SurveyCode, int SurveyVersion, Dictionary<string, string> Values,
    DateTimeOffset AnsweredAt);
