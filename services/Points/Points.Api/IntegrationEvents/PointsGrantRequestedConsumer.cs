using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// Honours bonus grants other services ask for. The request id is the idempotency key: a second event with the same
/// RequestId (even with a new EventId) grants nothing, because the ledger already holds "grant:{RequestId}".
/// </summary>
public sealed partial class PointsGrantRequestedConsumer(
    PointsDbContext db, PointsPosting posting, TimeProvider timeProvider, ILogger<PointsGrantRequestedConsumer> logger)
    : IdempotentConsumer<PointsGrantRequested, PointsDbContext>(db, timeProvider, logger)
{
    public const string Reason = "campaign-grant";

    protected override async Task HandleAsync(PointsGrantRequested request, CancellationToken cancellationToken)
    {
        var sourceRef = $"grant:{request.RequestId}";
        var account = await posting.LockAccountAsync(request.MemberId, cancellationToken);
        if (request.Points <= 0 || account is null || await DbContext.Ledger.AnyAsync(e => e.SourceRef == sourceRef, cancellationToken))
        {
            if (account is null || request.Points <= 0)
            {
                LogRefused(logger, request.RequestId, request.MemberId, request.Points);
            }

            return;
        }

        await posting.GrantAsync(account, request.Points, Reason, sourceRef, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grant request {RequestId} for member {MemberId} ({Points} points) cannot be honoured: unknown member or non-positive points")]
    private static partial void LogRefused(ILogger logger, Guid requestId, Guid memberId, long points);
}
