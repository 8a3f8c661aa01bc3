using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>Hands the erasure to <see cref="RecordErasure"/>; one for no such request or service is impossible.</summary>
[Description("records the service's erasure; with every service's the request is erased")]
public sealed class MemberErasedConsumer(
    MembersDbContext db, RecordErasure recordErasure, TimeProvider timeProvider, ILogger<MemberErasedConsumer> logger)
    : IdempotentConsumer<MemberErased, MembersDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberErased erased, CancellationToken cancellationToken)
    {
        if (await recordErasure.HandleAsync(erased, cancellationToken) is RecordErasure.Outcome.Impossible(var why))
        {
            throw Impossible(erased, why);
        }
    }
}
