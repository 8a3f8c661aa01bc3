using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Keeps the member's name, protected phone, home store and tier. A profile update that overtook it wins.</summary>
public sealed class MemberRegisteredConsumer(NotificationDbContext db, PersonalDataProtector protector, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, NotificationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken)
    {
        if (await DbContext.Members.AnyAsync(m => m.MemberId == registered.MemberId, cancellationToken))
        {
            return;
        }

        DbContext.Members.Add(new MemberContact
        {
            MemberId = registered.MemberId,
            Name = registered.Name,
            ProtectedPhone = protector.Protect(registered.Phone),
            HomeStoreId = registered.HomeStoreId,
            Tier = registered.Tier,
            UpdatedAt = registered.OccurredAt,
        });
    }
}
