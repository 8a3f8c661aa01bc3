using System.Text.Json;
using Loyalty.Feedback.Api.Domain.Answers;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.ServiceDefaults;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>One of a member's invitations.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="SurveyCode">The survey asked.</param>
/// <param name="SurveyName">Its name in zh-CN and en.</param>
/// <param name="StoreId">The store it is about.</param>
/// <param name="Status">Open, Answered or Expired.</param>
/// <param name="SentAt">When it went out.</param>
/// <param name="ExpiresAt">When its link stops working.</param>
/// <param name="AnsweredAt">When she answered, if she did.</param>
public sealed record MemberInvitationResponse(
    Guid Id,
    string SurveyCode,
    IReadOnlyDictionary<string, string> SurveyName,
    string? StoreId,
    string Status,
    DateTimeOffset? SentAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? AnsweredAt)
{
    public static MemberInvitationResponse From(SurveyInvitation invitation, Survey survey, DateTimeOffset now) => new(
        invitation.Id, invitation.SurveyCode, survey.Name, invitation.StoreId, invitation.MemberStatus(now),
        invitation.SentAt, invitation.ExpiresAt, invitation.AnsweredAt);
}

/// <summary>An invitation with the survey version it asks (no member data).</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="Status">Open, Answered or Expired.</param>
/// <param name="ExpiresAt">When its link stops working.</param>
/// <param name="StoreId">The store it is about.</param>
/// <param name="Survey">The survey version asked.</param>
public sealed record InvitationDetailResponse(
    Guid Id, string Status, DateTimeOffset? ExpiresAt, string? StoreId, SurveyResponse Survey)
{
    public static InvitationDetailResponse From(SurveyInvitation invitation, Survey survey, DateTimeOffset now) => new(
        invitation.Id, invitation.MemberStatus(now), invitation.ExpiresAt, invitation.StoreId,
        SurveyResponse.From(survey));
}

/// <summary>An invitation as staff see it.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="MemberId">The member invited.</param>
/// <param name="SurveyCode">The survey.</param>
/// <param name="SurveyVersion">The version asked, once sent.</param>
/// <param name="Source">Purchase, Campaign or Operator.</param>
/// <param name="StoreId">The store it is about.</param>
/// <param name="TreatmentCategory">The treatment it followed.</param>
/// <param name="AdvisorId">The advisor of that purchase.</param>
/// <param name="CampaignId">The campaign that invited her.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Status">Scheduled, Open, Answered, Expired, Skipped or Cancelled.</param>
/// <param name="SkipReason">Why it was skipped: TooSoon or NoConsent.</param>
/// <param name="DueAt">When it goes (or went) out.</param>
/// <param name="SentAt">When it went out.</param>
/// <param name="ExpiresAt">When its link stops working.</param>
/// <param name="AnsweredAt">When she answered.</param>
public sealed record StaffInvitationResponse(
    Guid Id,
    Guid MemberId,
    string SurveyCode,
    int? SurveyVersion,
    InvitationSource Source,
    string? StoreId,
    string? TreatmentCategory,
    string? AdvisorId,
    Guid? CampaignId,
    Loyalty.Contracts.Channel Channel,
    string Status,
    SkipReason? SkipReason,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? AnsweredAt)
{
    public static StaffInvitationResponse From(SurveyInvitation i, DateTimeOffset now) => new(
        i.Id, i.MemberId, i.SurveyCode, i.SurveyVersion, i.Source, i.StoreId, i.TreatmentCategory, i.AdvisorId,
        i.CampaignId, i.Channel, i.MemberStatus(now), i.SkipReason, i.DueAt, i.SentAt, i.ExpiresAt, i.AnsweredAt);
}

/// <summary>A member's answers, by question key.</summary>
/// <param name="Answers">Question key → answer: a number for Nps (0–10) and Satisfaction (1–5), an option's key for
/// Choice, text for Text (up to 1000 characters).</param>
public sealed record AnswerRequest(IReadOnlyDictionary<string, JsonElement> Answers) : IRequestExample<AnswerRequest>
{
    public static AnswerRequest Example { get; } = new(new Dictionary<string, JsonElement>
    {
        ["nps"] = JsonSerializer.SerializeToElement(9),
        ["treatment"] = JsonSerializer.SerializeToElement(5),
        ["comment"] = JsonSerializer.SerializeToElement("很满意"),
    });

    public Dictionary<string, string[]> Missing() => Fields.Missing(("answers", Answers));
}

/// <summary>The answer recorded.</summary>
/// <param name="AnswerId">The answer's id (SurveyAnswered's AnswerId).</param>
public sealed record AnswerResponse(Guid AnswerId);

/// <summary>A page of a list and how many there are in all.</summary>
/// <param name="Items">This page's items.</param>
/// <param name="Total">How many match the filters.</param>
public sealed record ItemsPage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>What she answered to one invitation, for the member herself and for staff calling her back.</summary>
/// <param name="InvitationId">The invitation answered.</param>
/// <param name="SurveyCode">The survey.</param>
/// <param name="SurveyVersion">The version she was asked (its wording: GET /api/feedback/surveys/{code}/versions/{v}).</param>
/// <param name="Values">Every answer by question key: scores as numbers' text, a choice as its option's key, text.</param>
/// <param name="AnsweredAt">When she answered.</param>
public sealed record GivenAnswerResponse(
    Guid InvitationId, string SurveyCode, int SurveyVersion, IReadOnlyDictionary<string, string> Values,
    DateTimeOffset AnsweredAt)
{
    public static GivenAnswerResponse From(SurveyAnswer answer) => new(
        answer.InvitationId, answer.SurveyCode, answer.SurveyVersion, answer.Values, answer.AnsweredAt);
}

