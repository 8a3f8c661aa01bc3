namespace Loyalty.Member.Api;

// The Feedback service's member side (docs/feedback-api: invitations, the survey version asked, answers, the
// personal link). Wording comes in both languages: {"zh-CN": ..., "en": ...}.

/// <summary>GET /api/feedback/invitations/me, newest first.</summary>
public sealed record SurveyInvitation(
    Guid Id,
    string SurveyCode,
    IReadOnlyDictionary<string, string> SurveyName,
    string? StoreId,
    string Status,
    DateTimeOffset? SentAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AnsweredAt);

/// <summary>GET /api/feedback/invitations/{id} and GET /api/feedback/links/{token}: the survey as it was asked.</summary>
public sealed record InvitationSurvey(Guid Id, string Status, DateTimeOffset ExpiresAt, string? StoreId, Survey Survey);

public sealed record Survey(
    string Code, int Version, IReadOnlyDictionary<string, string> Name, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>Kind: Nps (0-10), Satisfaction (1-5, about Subject), Choice (one of Options), Text.</summary>
public sealed record SurveyQuestion(
    string Key,
    string Kind,
    string? Subject,
    bool Required,
    IReadOnlyDictionary<string, string> Text,
    IReadOnlyList<SurveyOption>? Options);

public sealed record SurveyOption(string Key, IReadOnlyDictionary<string, string> Text);

/// <summary>POST .../answers: a number for Nps and Satisfaction, a string for Choice and Text.</summary>
public sealed record AnswerRequest(IReadOnlyDictionary<string, object> Answers);

public sealed record AnswerCreated(Guid AnswerId);
