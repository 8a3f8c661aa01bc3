using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Contracts;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// A campaign as stored: whom it targets, what starts it, what it does for each treated member, its guard rails.
/// </summary>
/// <param name="Id">The campaign's id.</param>
/// <param name="Name">The name admins gave it.</param>
/// <param name="Status">Draft, Active, Paused or Ended.</param>
/// <param name="Trigger">What starts it: Schedule, SegmentEntered, PointsExpiringSoon, FirstPurchase, TierUpgraded or
/// DetractorAnswered.</param>
/// <param name="TriggerSegment">For SegmentEntered: the segment code that fires it.</param>
/// <param name="AllMembers">Whether a scheduled run targets every member.</param>
/// <param name="TargetSegments">The segment codes a scheduled run targets (members of any of them).</param>
/// <param name="RunAt">For a scheduled campaign: its one-off run, or the first run of a recurring one (UTC).</param>
/// <param name="Schedule">How a scheduled campaign repeats (Recurring, Yearly, BirthdayMonth); null runs once.</param>
/// <param name="RecurEveryDays">For Recurring: the days between runs (7 is weekly).</param>
/// <param name="YearlyDate">For Yearly: MM-dd or a festival (spring-festival).</param>
/// <param name="ScheduleTime">For Yearly and BirthdayMonth: the clinic time of day it runs (Asia/Shanghai).</param>
/// <param name="LastRunKey">The run key of the last occurrence the scheduler ran.</param>
/// <param name="StartsAt">Triggers fire from this instant on (UTC); null for at once.</param>
/// <param name="EndsAt">Triggers stop firing at this instant (UTC); null for never.</param>
/// <param name="CouponTemplateId">The coupon template each treated member gets; null for none.</param>
/// <param name="BonusPoints">Points each treated member gets; 0 for none.</param>
/// <param name="MessageTemplate">The Notification template code sent to each treated member; null for none.</param>
/// <param name="MessageChannel">The channel the message goes by.</param>
/// <param name="HoldoutPercent">Percent of the audience held out as the control group (0 to 50).</param>
/// <param name="Budget">Total budget in CNY; null for none.</param>
/// <param name="GrowthTask">The growth task each treated member starts; null for none.</param>
/// <param name="GrowthTaskDays">How many days the growth task runs.</param>
/// <param name="GrowthTaskTarget">Steps the growth task needs (purchases, friends registered).</param>
/// <param name="RewardCouponTemplateId">The growth task's reward coupon template; null for none.</param>
/// <param name="RewardPoints">The growth task's reward points; 0 for none.</param>
/// <param name="CreatedAt">When the campaign was created (UTC).</param>
/// <param name="LastRunAt">When it last ran over its audience (UTC); null before its first run.</param>
/// <param name="SurveyCode">The Feedback survey each treated member is invited to; null for none.</param>
/// <param name="FollowUpReason">The reason of the follow-up task opened for each treated member; null for none.</param>
/// <param name="FollowUpDueInDays">Clinic days until that follow-up task is due.</param>
public sealed record MarketingCampaignResponse(
    Guid Id, string Name, CampaignStatus Status, CampaignTrigger Trigger, string? TriggerSegment, bool AllMembers,
    IReadOnlyList<string> TargetSegments, DateTimeOffset? RunAt, ScheduleKind? Schedule, int RecurEveryDays,
    string? YearlyDate, TimeOnly? ScheduleTime, string? LastRunKey, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    Guid? CouponTemplateId, long BonusPoints, string? MessageTemplate, Channel MessageChannel, int HoldoutPercent,
    decimal? Budget, GrowthTaskKind? GrowthTask, int GrowthTaskDays, int GrowthTaskTarget, Guid? RewardCouponTemplateId,
    long RewardPoints, DateTimeOffset CreatedAt, DateTimeOffset? LastRunAt, string? SurveyCode,
    string? FollowUpReason, int FollowUpDueInDays)
{
    public static MarketingCampaignResponse From(MarketingCampaign c) => new(
        c.Id, c.Name, c.Status, c.Trigger, c.TriggerSegment, c.AllMembers, c.TargetSegments, c.RunAt, c.Schedule,
        c.RecurEveryDays, c.YearlyDate, c.ScheduleTime, c.LastRunKey, c.StartsAt, c.EndsAt, c.CouponTemplateId,
        c.BonusPoints, c.MessageTemplate, c.MessageChannel, c.HoldoutPercent, c.Budget, c.GrowthTask, c.GrowthTaskDays,
        c.GrowthTaskTarget, c.RewardCouponTemplateId, c.RewardPoints, c.CreatedAt, c.LastRunAt, c.SurveyCode,
        c.FollowUpReason, c.FollowUpDueInDays);
}
