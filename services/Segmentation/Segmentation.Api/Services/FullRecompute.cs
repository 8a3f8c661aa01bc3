using System.Diagnostics;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Segmentation.Api.Services;

/// <summary>
/// Rescores the whole base as of today — the source of truth for the population-relative quintile scores, the mean
/// spend of the layers and the VIP threshold, and the only way recency moves for members who buy nothing — then
/// predicts from the latest model fit and brings every membership (built-in and rule segments) up to date.
/// Set-based: aggregates in one UPDATE, scores written with one COPY and one UPDATE, membership changes and their
/// events with one DELETE and two COPYs; one transaction holding the scoring lock exclusively, so event handlers
/// wait for it rather than interleave.
/// </summary>
public sealed class FullRecompute(
    SegmentationDbContext db, TimeProvider timeProvider, IOptions<SegmentationOptions> options, ModelInputs inputs)
{
    /// <summary>Runs in its own transaction.</summary>
    public async Task<RecomputeOutcome> RecomputeAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await RecomputeInTransactionAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Runs in the caller's transaction (its commit wakes the outbox dispatcher).</summary>
    public async Task<RecomputeOutcome> RecomputeInTransactionAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var today = ClinicTime.Today(timeProvider);
        var now = timeProvider.GetUtcNow();
        await SegmentationLocks.TakeScoringExclusiveAsync(db, cancellationToken);
        await RefreshAggregatesAsync(cancellationToken);

        var activity = await db.Members.AsNoTracking().Where(m => m.Purchases > 0)
            .Select(m => new { m.Id, m.Purchases, m.LastPurchaseOn, m.Spend }).ToListAsync(cancellationToken);
        var scores = RfmRules.Score(activity.Select(a => new MemberActivity(a.Id.ToString(), a.Purchases, a.LastPurchaseOn!.Value, a.Spend)).ToList(), today);
        var (predictions, skipped) = await PredictAsync(today, cancellationToken);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await WriteScoresAsync(connection, scores, predictions, today, cancellationToken);

        var desired = new HashSet<(Guid, string)>();
        foreach (var score in scores)
        {
            var id = Guid.Parse(score.MemberId);
            foreach (var code in BuiltInSegments.CodesOf(score.Layer, score.Group, score.IsVip, score.IsPotentialChurn))
            {
                desired.Add((id, code));
            }
        }

        var rules = await db.RuleSegments.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var rule in rules)
        {
            foreach (var id in await RuleFilter.Apply(db.Members.AsNoTracking(), rule.Criteria, today).Select(m => m.Id).ToListAsync(cancellationToken))
            {
                desired.Add((id, rule.Code));
            }
        }

        var current = (await db.Memberships.AsNoTracking().Select(m => new { m.MemberId, m.SegmentCode }).ToListAsync(cancellationToken))
            .Select(m => (m.MemberId, m.SegmentCode)).ToHashSet();
        var (entered, left) = MembershipChanges.Diff(current, desired);
        var segments = BuiltInSegments.All.Concat(rules.Select(r => r.Definition)).ToDictionary(s => s.Code);
        SegmentDefinition Describe(string code) => segments.GetValueOrDefault(code) ?? new SegmentDefinition(code, code, Contracts.Segmentation.SegmentKind.Rule);
        await MembershipWriter.ApplyAsync(
            db,
            entered.Select(e => (e.Item1, Describe(e.Item2))).ToList(),
            left.Select(l => (l.Item1, Describe(l.Item2))).ToList(),
            now,
            cancellationToken);
        return new RecomputeOutcome(today, scores.Count, entered.Count, left.Count, predictions is not null, skipped, clock.Elapsed);
    }

    /// <summary>The purchase aggregates from the purchases table (event handlers keep them current; this repairs any drift).</summary>
    private Task<int> RefreshAggregatesAsync(CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync(
        """
        UPDATE members m SET "Purchases" = a.n, "Spend" = a.spend, "FirstPurchaseOn" = a.first, "LastPurchaseOn" = a.last
        FROM (
            SELECT mm."Id", coalesce(p.n, 0) AS n, coalesce(p.spend, 0) AS spend, p.first, p.last
            FROM members mm LEFT JOIN (
                SELECT "MemberId", count(*)::int AS n, sum("Amount" - "RefundedAmount") AS spend, min("PaidOn") AS first, max("PaidOn") AS last
                FROM purchases WHERE "Amount" > "RefundedAmount" GROUP BY "MemberId") p ON p."MemberId" = mm."Id"
        ) a
        WHERE m."Id" = a."Id"
          AND (m."Purchases", m."Spend", m."FirstPurchaseOn", m."LastPurchaseOn") IS DISTINCT FROM (a.n, a.spend, a.first, a.last)
        """,
        cancellationToken);

    /// <summary>
    /// Predictions from the latest fit (null when the models were never fitted) and how many members got none: left
    /// out of the models' inputs, or their prediction failed.
    /// </summary>
    private async Task<(Dictionary<string, Prediction>? Predictions, int Skipped)> PredictAsync(
        DateOnly today, CancellationToken cancellationToken)
    {
        var fit = await db.ModelFits.AsNoTracking().OrderByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        if (fit is null)
        {
            return (null, 0);
        }

        var calibration = await inputs.LoadAsync(today, cancellationToken);
        var predictions = PredictionCalculator.Predict(fit, calibration.Summaries, options.Value);
        var failed = calibration.Summaries.Where(s => !predictions.ContainsKey(s.Id)).Select(s => s.Id).ToList();
        inputs.ReportUnpredictable(failed);
        return (predictions, calibration.Skipped + failed.Count);
    }

    private static async Task WriteScoresAsync(
        NpgsqlConnection connection, IReadOnlyList<RfmScore> scores, Dictionary<string, Prediction>? predictions, DateOnly today, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            """
            CREATE TEMP TABLE scores_in ("Id" uuid PRIMARY KEY, "RecencyDays" int, "R" int, "F" int, "M" int, "Group" text, "Layer" text,
                "IsVip" boolean, "IsPotentialChurn" boolean, "ProbabilityAlive" double precision, "ExpectedPurchases" double precision,
                "ExpectedSpend" numeric(14,2), "Clv" numeric(14,2)) ON COMMIT DROP
            """,
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            """COPY scores_in ("Id", "RecencyDays", "R", "F", "M", "Group", "Layer", "IsVip", "IsPotentialChurn", "ProbabilityAlive", "ExpectedPurchases", "ExpectedSpend", "Clv") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var s in scores)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.Parse(s.MemberId), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(s.RecencyDays, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(s.R, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(s.F, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(s.M, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(s.Group.ToString(), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(s.Layer.ToString(), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(s.IsVip, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(s.IsPotentialChurn, NpgsqlDbType.Boolean, cancellationToken);
                if (predictions?.GetValueOrDefault(s.MemberId) is { } p)
                {
                    await writer.WriteAsync(p.ProbabilityAlive, NpgsqlDbType.Double, cancellationToken);
                    await writer.WriteAsync(p.ExpectedPurchases, NpgsqlDbType.Double, cancellationToken);
                    await writer.WriteAsync(p.ExpectedSpend, NpgsqlDbType.Numeric, cancellationToken);
                    await writer.WriteAsync(p.Clv, NpgsqlDbType.Numeric, cancellationToken);
                }
                else
                {
                    for (var i = 0; i < 4; i++)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using var update = new NpgsqlCommand(
            """
            UPDATE members m SET "ScoredOn" = @today, "RecencyDays" = s."RecencyDays", "R" = s."R", "F" = s."F", "M" = s."M",
                "Group" = s."Group", "Layer" = s."Layer", "IsVip" = s."IsVip", "IsPotentialChurn" = s."IsPotentialChurn",
                "ProbabilityAlive" = s."ProbabilityAlive", "ExpectedPurchases" = s."ExpectedPurchases", "ExpectedSpend" = s."ExpectedSpend",
                "Clv" = s."Clv", "PredictedOn" = CASE WHEN s."ProbabilityAlive" IS NULL THEN NULL ELSE @today END
            FROM scores_in s WHERE m."Id" = s."Id";
            UPDATE members SET "ScoredOn" = NULL, "RecencyDays" = NULL, "R" = NULL, "F" = NULL, "M" = NULL, "Group" = NULL, "Layer" = NULL,
                "IsVip" = FALSE, "IsPotentialChurn" = FALSE, "ProbabilityAlive" = NULL, "ExpectedPurchases" = NULL, "ExpectedSpend" = NULL,
                "Clv" = NULL, "PredictedOn" = NULL
            WHERE "Purchases" = 0 AND ("ScoredOn" IS NOT NULL OR "PredictedOn" IS NOT NULL);
            DROP TABLE scores_in;
            """,
            connection);
        update.Parameters.AddWithValue("today", today);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
