using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("clears the account's birth date copy, keeps the books under her id, and answers MemberErased")]
public sealed class MemberErasureRequestedConsumer(
    PointsDbContext db,
    EraseMember eraseMember,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        eraseMember.HandleAsync(request, cancellationToken);
}
