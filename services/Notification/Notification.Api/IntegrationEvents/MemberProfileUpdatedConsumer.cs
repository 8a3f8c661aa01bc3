using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Follows name, phone and home-store changes; an older update arriving late changes nothing.</summary>
public sealed class MemberProfileUpdatedConsumer(NotificationDbContext db, PersonalDataProtector protector, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, NotificationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken)
    {
        var member = await DbContext.Members.FirstOrDefaultAsync(m => m.MemberId == updated.MemberId, cancellationToken);
        if (member is null)
        {
            DbContext.Members.Add(new MemberContact
            {
                MemberId = updated.MemberId,
                Name = updated.Name,
                ProtectedPhone = protector.Protect(updated.Phone),
                HomeStoreId = updated.HomeStoreId,
                UpdatedAt = updated.OccurredAt,
            });
            return;
        }

        if (updated.OccurredAt < member.UpdatedAt)
        {
            return;
        }

        member.Name = updated.Name;
        member.ProtectedPhone = protector.Protect(updated.Phone);
        member.HomeStoreId = updated.HomeStoreId;
        member.UpdatedAt = updated.OccurredAt;
    }
}
