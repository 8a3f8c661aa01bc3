using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Keeps this service's copy of a member's contact (name, protected phone, home store, tier) from Members' events;
/// changes are staged for the consumer to save. An erased member's redelivered or replayed event brings nothing back.
/// </summary>
public sealed class KeepMemberContact(NotificationDbContext db, PersonalDataProtector protector)
{
    /// <summary>
    /// Creates the copy; a profile update that overtook the registration created it already and stands.
    /// </summary>
    public async Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.MemberId == registered.MemberId, cancellationToken)
            && !await db.IsErasedAsync(registered.MemberId, cancellationToken))
        {
            db.Members.Add(MemberContact.From(registered.MemberId, registered.Name, protector.Protect(registered.Phone),
                registered.HomeStoreId, registered.OccurredAt, registered.Tier));
        }
    }

    /// <summary>Follows name, phone and home-store changes; an older update arriving late changes nothing.</summary>
    public async Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken)
    {
        var protectedPhone = protector.Protect(updated.Phone);
        if (await FindAsync(updated.MemberId, cancellationToken) is { } member)
        {
            member.ChangeProfile(updated.Name, protectedPhone, updated.HomeStoreId, updated.OccurredAt);
        }
        else if (!await db.IsErasedAsync(updated.MemberId, cancellationToken))
        {
            db.Members.Add(MemberContact.From(
                updated.MemberId, updated.Name, protectedPhone, updated.HomeStoreId, updated.OccurredAt));
        }
    }

    public async Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken) =>
        (await FindAsync(changed.MemberId, cancellationToken))?.ChangeTier(changed.ToTier);

    private Task<MemberContact?> FindAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Members.FirstOrDefaultAsync(m => m.MemberId == memberId, cancellationToken);
}
