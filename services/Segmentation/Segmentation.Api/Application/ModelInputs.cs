using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// The members' calibration summaries the purchase models can take. One member with a purchase dated year 1 (what a
/// till sends for "no date"; PostgreSQL keeps it as -infinity) has a T of millennia, which bends the fit for everyone
/// and can make the engine's series diverge: members with a purchase before
/// <see cref="SegmentationOptions.EarliestPurchaseOn"/> are left out of fits and predictions, logged by id (no
/// personal data) and counted. Future-dated purchases are already left out (after the calibration end).
/// </summary>
public sealed partial class ModelInputs(
    SegmentationDbContext db, IOptions<SegmentationOptions> options, ILogger<ModelInputs> logger)
{
    private const int LoggedIds = 20;

    /// <summary>
    /// Every usable member's summary up to today in the models' unit (purchases net of refunds, same-day purchases as
    /// one).
    /// </summary>
    public async Task<CalibrationBase> LoadAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var purchases = await db.Purchases.AsNoTracking().Where(p => p.Amount > p.RefundedAmount)
            .Select(p => new { p.MemberId, p.PaidOn, Net = p.Amount - p.RefundedAmount })
            .ToListAsync(cancellationToken);
        var earliest = options.Value.EarliestPurchaseOn;
        var outOfRange = purchases.Where(p => p.PaidOn < earliest).Select(p => p.MemberId).ToHashSet();
        if (outOfRange.Count > 0)
        {
            LogOutOfRange(outOfRange.Count, earliest, string.Join(", ", outOfRange.Order().Take(LoggedIds)));
        }

        var transactions = purchases.Where(p => !outOfRange.Contains(p.MemberId)).OrderBy(p => p.PaidOn)
            .Select(p => new Transaction(p.MemberId.ToString(), p.PaidOn, p.Net)).ToList();
        var summaries = SummaryBuilder.Build(transactions, today, PredictionCalculator.Unit);
        return new CalibrationBase(summaries, transactions, outOfRange.Count);
    }

    /// <summary>
    /// Logs the members whose prediction failed in the engine (their other members' predictions stand).
    /// </summary>
    public void ReportUnpredictable(IReadOnlyCollection<string> memberIds)
    {
        if (memberIds.Count > 0)
        {
            LogUnpredictable(memberIds.Count, string.Join(", ", memberIds.Order().Take(LoggedIds)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Count} members left out of the purchase models: a purchase dated before {Earliest} "
            + "(first ids: {MemberIds})")]
    private partial void LogOutOfRange(int count, DateOnly earliest, string memberIds);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Count} members got no prediction: the models failed on their data (first ids: {MemberIds})")]
    private partial void LogUnpredictable(int count, string memberIds);
}

/// <summary>
/// The summaries the models can take, the purchases they come from (in date order), and how many members were left
/// out (see <see cref="ModelInputs"/>).
/// </summary>
public sealed record CalibrationBase(
    IReadOnlyList<CustomerSummary> Summaries, IReadOnlyList<Transaction> Transactions, int Skipped);
