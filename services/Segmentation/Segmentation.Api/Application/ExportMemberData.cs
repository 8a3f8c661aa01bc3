using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.Contracts.Privacy;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Segmentation's part of a member's data export: the profile copy rule segments read, her RFM values, scores and
/// layer, the segments she is in, the latest predictions with the model fit they came from, and her latest NPS copy.
/// Runs in the consumer's inbox transaction; stages one part.
/// </summary>
public sealed class ExportMemberData(
    SegmentationDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    IOptions<SegmentationOptions> options)
{
    public const string Service = "segmentation";

    public async Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken);
        var part = member is null
            ? new SegmentationPart(request.MemberId, false, "分群：无记录", null, null, [], null, null)
            : await PartOfAsync(member, cancellationToken);
        var now = timeProvider.GetUtcNow();
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, request.MemberId, Service, DataExportJson.Serialize(part), now) { OccurredAt = now });
    }

    private async Task<SegmentationPart> PartOfAsync(SegmentMember m, CancellationToken cancellationToken)
    {
        var rules = await db.RuleSegments.AsNoTracking().ToListAsync(cancellationToken);
        var segments = (await db.Memberships.AsNoTracking().Where(s => s.MemberId == m.Id).OrderBy(s => s.SegmentCode)
                .ToListAsync(cancellationToken))
            .Select(s => (Definition: MemberRecompute.Describe(s.SegmentCode, rules), s.EnteredAt))
            .Select(s => new SegmentPart(s.Definition.Code, s.Definition.Name, s.Definition.Kind, s.EnteredAt))
            .ToList();
        PredictionPart? predictions = null;
        if (m.ProbabilityAlive is { } alive)
        {
            // The fit the predictions came from: the latest one made by the day they were computed.
            var fit = await db.ModelFits.AsNoTracking().OrderByDescending(f => f.Id)
                .Select(f => new FitPart(f.Id, f.FittedAt, f.CalibrationEnd))
                .FirstOrDefaultAsync(cancellationToken);
            predictions = new PredictionPart(m.PredictedOn, alive, m.ExpectedPurchases ?? 0,
                options.Value.PredictionHorizonDays, m.ExpectedSpend ?? 0, m.Clv ?? 0, fit);
        }

        var rfm = new RfmPart(m.Purchases, m.Spend, m.FirstPurchaseOn, m.LastPurchaseOn, m.ScoredOn, m.RecencyDays,
            m.R, m.F, m.M, m.Group, m.Layer, m.IsVip, m.IsPotentialChurn);
        return new SegmentationPart(
            m.Id,
            Known: true,
            Summary(rfm, segments.Count, predictions),
            new ProfilePart(m.Gender, m.BirthDate, m.Tags, m.HomeStoreId, m.Tier, m.PointsBalance),
            rfm,
            segments,
            predictions,
            m is { LatestNps: { } score, LatestNpsGroup: { } group, LatestNpsAt: { } at }
                ? new NpsPart(score, group, at)
                : null);
    }

    private static string Summary(RfmPart rfm, int segments, PredictionPart? predictions)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"分群：有效消费 {rfm.Purchases} 次，净消费 ¥{rfm.Spend:N2}，所在分群 {segments} 个");
        return predictions is null
            ? line
            : string.Create(CultureInfo.InvariantCulture,
                $"{line}；预测 12 个月价值 ¥{predictions.Clv:N2}，仍为活跃顾客的概率 {predictions.ProbabilityAlive:P0}");
    }

    // Known: whether Segmentation holds anything about her.
    private sealed record SegmentationPart(
        Guid MemberId,
        bool Known,
        string Summary,
        ProfilePart? Profile,
        RfmPart? Rfm,
        IReadOnlyList<SegmentPart> Segments,
        PredictionPart? Predictions,
        NpsPart? LatestNps);

    // The profile copy rule segments filter on (cleared when she is erased).
    private sealed record ProfilePart(
        Gender? Gender, DateOnly? BirthDate, IReadOnlyList<string> Tags, string? HomeStoreId, Tier? Tier,
        long PointsBalance);

    private sealed record RfmPart(
        int Purchases, decimal Spend, DateOnly? FirstPurchaseOn, DateOnly? LastPurchaseOn, DateOnly? ScoredOn,
        int? RecencyDays, int? R, int? F, int? M, RfmGroup? Group, LifecycleLayer? Layer, bool IsVip,
        bool IsPotentialChurn);

    private sealed record SegmentPart(string Code, string Name, SegmentKind Kind, DateTimeOffset EnteredAt);

    private sealed record PredictionPart(
        DateOnly? PredictedOn, double ProbabilityAlive, double ExpectedPurchases, int HorizonDays,
        decimal ExpectedSpend, decimal Clv, FitPart? Fit);

    private sealed record FitPart(long Id, DateTimeOffset FittedAt, DateOnly CalibrationEnd);

    private sealed record NpsPart(int Score, NpsGroup Group, DateTimeOffset AnsweredAt);
}
