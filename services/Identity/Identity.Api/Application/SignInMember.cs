using System.Security.Claims;
using Loyalty.Identity.Api.Domain.Members;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// A member signs in with her phone and the code she was sent (the member app's grant). The token's subject is her
/// member id, which every service's "members see only their own data" rule reads.
/// </summary>
public sealed class SignInMember(IdentityServiceDbContext db, PhoneLookup phones, SignInCodes codes)
{
    public const string GrantType = "urn:loyalty:grant-type:phone-code";

    public async Task<SignInOutcome> HandleAsync(
        string? phone, string? code, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        if (SignInPhone.Normalize(phone) is not { } normalized || string.IsNullOrWhiteSpace(code))
        {
            return new SignInOutcome.Refused("Give phone and the code sent to it.", InvalidRequest: true);
        }

        var phoneHash = phones.HashOf(normalized);
        switch (await codes.CheckAsync(phoneHash, code))
        {
            case CodeCheck.Locked:
                return new SignInOutcome.LockedOut();
            case CodeCheck.Wrong:
                return new SignInOutcome.Refused(WrongCode);
        }

        return await MemberLogins.FindAsync(db, phoneHash, cancellationToken) is { } memberId
            ? new SignInOutcome.SignedIn(PrincipalFor(memberId, scopes))
            : new SignInOutcome.Refused(WrongCode);
    }

    /// <summary>A member's refresh token is exchanged while Identity still knows her.</summary>
    public async Task<SignInOutcome> RefreshAsync(ClaimsPrincipal refreshed, CancellationToken cancellationToken) =>
        Guid.TryParse(refreshed.FindFirstValue("sub"), out var memberId)
        && await db.MemberLogins.AnyAsync(m => m.MemberId == memberId, cancellationToken)
            ? new SignInOutcome.SignedIn(PrincipalFor(memberId, refreshed.GetScopes()))
            : new SignInOutcome.Refused("This sign-in is no longer valid; sign in again.");

    private static ClaimsPrincipal PrincipalFor(Guid memberId, IEnumerable<string> scopes) =>
        TokenPrincipal.Create(memberId.ToString(), [Roles.Member], scopes: scopes);

    private const string WrongCode = "Wrong or expired code.";
}
