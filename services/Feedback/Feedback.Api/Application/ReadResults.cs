using Loyalty.BuildingBlocks.Statistics;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// NPS (with its 95 % interval), average satisfactions and the response rate of the answers and invitations of a
/// period (clinic dates, both inclusive), overall, by store, treatment category or advisor, and by week or month;
/// and the follow-up figures of the tasks opened in the period (docs/kpis.md).
/// </summary>
public sealed class ReadResults(FeedbackDbContext db, TimeProvider timeProvider)
{
    public async Task<FeedbackResults> HandleAsync(ResultsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (ClinicTime.StartOf(query.From), ClinicTime.StartOf(query.To.AddDays(1)));
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.AnsweredAt >= from && a.AnsweredAt < to)
            .Where(a => query.StoreId == null || a.StoreId == query.StoreId)
            .Where(a => query.Category == null || a.TreatmentCategory == query.Category)
            .Where(a => query.AdvisorId == null || a.AdvisorId == query.AdvisorId)
            .Where(a => query.SurveyCode == null || a.SurveyCode == query.SurveyCode)
            .Select(a => new Row(a.StoreId, a.TreatmentCategory, a.AdvisorId, a.AnsweredAt, a.Nps,
                a.TreatmentSatisfaction, a.ClinicSatisfaction, a.AdvisorSatisfaction))
            .ToListAsync(cancellationToken);
        // A sent invitation cancelled by its member's erasure was still sent: the response rate does not move.
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.SentAt >= from && i.SentAt < to
                && (i.Status == InvitationStatus.Sent || i.Status == InvitationStatus.Answered
                    || i.Status == InvitationStatus.Cancelled))
            .Where(i => query.StoreId == null || i.StoreId == query.StoreId)
            .Where(i => query.Category == null || i.TreatmentCategory == query.Category)
            .Where(i => query.AdvisorId == null || i.AdvisorId == query.AdvisorId)
            .Where(i => query.SurveyCode == null || i.SurveyCode == query.SurveyCode)
            .Select(i => new Row(i.StoreId, i.TreatmentCategory, i.AdvisorId, i.SentAt!.Value, null, null, null, null))
            .ToListAsync(cancellationToken);

        var groups = query.GroupBy is { } groupBy
            ? answers.Concat(invitations).Select(r => r.KeyOf(groupBy)).Distinct().Order()
                .Select(key => (key ?? "", Score(r => r.KeyOf(groupBy) == key))).ToList()
            : [];
        var trend = query.Trend is { } period
            ? answers.Concat(invitations).Select(r => PeriodStart(r.At, period)).Distinct().Order()
                .Select(start => (start, Score(r => PeriodStart(r.At, period) == start))).ToList()
            : [];
        return new FeedbackResults(Score(_ => true), groups, trend,
            await FollowUpsAsync(from, to, query.StoreId, cancellationToken));

        FeedbackScore Score(Func<Row, bool> belongs) =>
            FeedbackScore.Of([.. answers.Where(belongs)], invitations.Count(belongs));
    }

    private async Task<FollowUpFigures> FollowUpsAsync(DateTimeOffset from, DateTimeOffset to, string? storeId,
        CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var tasks = await db.FollowUps.AsNoTracking()
            .Where(t => t.CreatedAt >= from && t.CreatedAt < to && (storeId == null || t.StoreId == storeId))
            .Select(t => new { t.Status, t.Outcome, t.DueOn, t.ClosedAt, t.NotReachedAttempts })
            .ToListAsync(cancellationToken);
        var closed = tasks.Where(t => t.Status == FollowUpStatus.Closed).ToList();
        return new FollowUpFigures(
            Open: tasks.Count(t => t.Status == FollowUpStatus.Open),
            Overdue: tasks.Count(t => t.Status == FollowUpStatus.Open && t.DueOn < today),
            Closed: closed.Count,
            Reached: closed.Count(t => t.Outcome == FollowUpOutcome.Reached),
            NotReached: tasks.Sum(t => t.NotReachedAttempts),
            Resolved: closed.Count(t => t.Outcome == FollowUpOutcome.Resolved),
            Complaints: closed.Count(t => t.Outcome == FollowUpOutcome.Complaint),
            ClosedOnTime: closed.Count(t => ClinicTime.DateOf(t.ClosedAt!.Value) <= t.DueOn));
    }

    /// <summary>The Monday of the ISO week, or the first of the month, of an instant's clinic date.</summary>
    public static DateOnly PeriodStart(DateTimeOffset at, ResultsTrend trend)
    {
        var date = ClinicTime.DateOf(at);
        return trend == ResultsTrend.Month
            ? new DateOnly(date.Year, date.Month, 1)
            : date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
    }

    /// <summary>One answer (with its scores) or one sent invitation (without), and what it was about.</summary>
    internal sealed record Row(string? StoreId, string? Category, string? AdvisorId, DateTimeOffset At, int? Nps,
        int? Treatment, int? Clinic, int? Advisor)
    {
        public string? KeyOf(ResultsGrouping grouping) => grouping switch
        {
            ResultsGrouping.Store => StoreId,
            ResultsGrouping.Category => Category,
            _ => AdvisorId,
        };
    }
}

public enum ResultsGrouping
{
    Store,
    Category,
    Advisor,
}

public enum ResultsTrend
{
    Week,
    Month,
}

/// <summary>What the results are read over.</summary>
public sealed record ResultsQuery(DateOnly From, DateOnly To, string? StoreId = null, string? Category = null,
    string? AdvisorId = null, string? SurveyCode = null, ResultsGrouping? GroupBy = null, ResultsTrend? Trend = null);

public sealed record FeedbackResults(
    FeedbackScore Overall,
    IReadOnlyList<(string Key, FeedbackScore Score)> Groups,
    IReadOnlyList<(DateOnly PeriodStart, FeedbackScore Score)> Trend,
    FollowUpFigures FollowUps);

/// <summary>One set of answers' figures (docs/kpis.md): NPS with its interval, satisfactions, response rate.</summary>
public sealed record FeedbackScore(
    int Answers,
    int Invitations,
    double? ResponseRate,
    NetPromoterScore Nps,
    double? TreatmentSatisfaction,
    double? ClinicSatisfaction,
    double? AdvisorSatisfaction)
{
    internal static FeedbackScore Of(IReadOnlyList<ReadResults.Row> answers, int invitations) => new(
        answers.Count,
        invitations,
        invitations == 0 ? null : Math.Round((double)answers.Count / invitations, 4),
        NetPromoterScore.Of(answers.Where(a => a.Nps is not null).Select(a => a.Nps!.Value)),
        Mean(answers.Select(a => a.Treatment)),
        Mean(answers.Select(a => a.Clinic)),
        Mean(answers.Select(a => a.Advisor)));

    private static double? Mean(IEnumerable<int?> scores) =>
        scores.Where(s => s is not null).Select(s => (double)s!.Value).ToList() is { Count: > 0 } given
            ? Math.Round(given.Average(), 2)
            : null;
}

/// <summary>The follow-up tasks opened in the period (docs/kpis.md).</summary>
/// <param name="Open">Still open.</param>
/// <param name="Overdue">Open and past their due date.</param>
/// <param name="Closed">Closed.</param>
/// <param name="Reached">Closed with Reached.</param>
/// <param name="NotReached">Calls recorded as NotReached (a task may count several).</param>
/// <param name="Resolved">Closed with Resolved.</param>
/// <param name="Complaints">Closed with Complaint.</param>
/// <param name="ClosedOnTime">Closed on or before their due date.</param>
public sealed record FollowUpFigures(int Open, int Overdue, int Closed, int Reached, int NotReached, int Resolved,
    int Complaints, int ClosedOnTime);
