using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Keeps the Campaign service's copy of a member: home store and birth month (for audiences and birthday campaigns); a referred registration counts towards the referrer's invite-friends growth tasks.</summary>
public sealed class MemberRegisteredConsumer(CampaignDbContext db, AdvanceGrowthTasks growthTasks, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
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

        if (registered.ReferredByMemberId is { } referrer && referrer != registered.MemberId)
        {
            await growthTasks.ReferralAsync(referrer, registered.MemberId, registered.RegisteredAt.ToUniversalTime(), cancellationToken);
        }
    }
}
