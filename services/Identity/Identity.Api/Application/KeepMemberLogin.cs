using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Identity.Api.Domain.Copies;
using Loyalty.Identity.Api.Domain.Members;
using Loyalty.Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// Keeps the member's sign-in copy from Members' events (runs in the consumer's inbox transaction); an erased member's
/// redelivered or replayed event recreates nothing.
/// </summary>
public sealed class KeepMemberLogin(IdentityServiceDbContext db, PhoneLookup phones)
{
    public async Task HandleAsync(Guid memberId, string phone, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (SignInPhone.Normalize(phone) is not { } normalized)
        {
            return; // Members keeps only valid phones; anything else cannot be signed in with.
        }

        if (await db.IsErasedAsync(memberId, cancellationToken))
        {
            return;
        }

        var hash = phones.HashOf(normalized);
        if (await db.MemberLogins.FirstOrDefaultAsync(m => m.MemberId == memberId, cancellationToken) is { } login)
        {
            login.ChangePhone(hash, asOf);
        }
        else
        {
            db.MemberLogins.Add(MemberLogin.Create(memberId, hash, asOf));
        }
    }
}
