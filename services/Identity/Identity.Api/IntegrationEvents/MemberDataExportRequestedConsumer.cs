using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Infrastructure;

namespace Loyalty.Identity.Api.IntegrationEvents;

[Description("answers with Identity's part of her export: whether she has a login, the tokens kept")]
public sealed class MemberDataExportRequestedConsumer(
    IdentityServiceDbContext db,
    ExportMemberData export,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, IdentityServiceDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        export.HandleAsync(request, cancellationToken);
}
