using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("answers with Points' part: the account, purchases with lines and refunds, the ledger, redemptions")]
public sealed class MemberDataExportRequestedConsumer(
    PointsDbContext db,
    ExportMemberData exportMemberData,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        exportMemberData.HandleAsync(request, cancellationToken);
}
