using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Keeps the Campaign service's copy of a member: home store and birth month (for audiences and birthday campaigns).</summary>
public sealed class MemberRegisteredConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken)
    {
        if (!await DbContext.Members.AnyAsync(m => m.MemberId == registered.MemberId, cancellationToken))
        {
            DbContext.Members.Add(new KnownMember
            {
                MemberId = registered.MemberId, HomeStoreId = registered.HomeStoreId, BirthMonth = registered.BirthDate.Month,
                RegisteredAt = registered.RegisteredAt.ToUniversalTime(),
            });
        }
    }
}
