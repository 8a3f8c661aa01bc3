using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Identity.Api.Domain.Keys;
using Loyalty.Identity.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// The keys the server signs and encrypts with, read from identitydb at start (and made there the first time), before
/// the server takes requests. All unretired signing keys are published in the JWKS; the newest one signs.
/// </summary>
public sealed class TokenKeyRing(IServiceScopeFactory scopeFactory, TimeProvider timeProvider)
{
    private IReadOnlyList<TokenKey>? _keys;
    private byte[]? _phoneLookupKey;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        _keys = await db.RunAsync(async ct =>
        {
            await IdentityLocks.TakeKeyRingAsync(db, ct);
            var keys = await db.TokenKeys.Where(k => k.RetiredAt == null).ToListAsync(ct);
            foreach (var kind in Enum.GetValues<TokenKeyKind>().Where(kind => keys.All(k => k.Kind != kind)))
            {
                var now = timeProvider.GetUtcNow();
                var key = kind switch
                {
                    TokenKeyKind.Signing => TokenKey.NewSigningKey(now),
                    TokenKeyKind.Encryption => TokenKey.NewEncryptionKey(now),
                    _ => TokenKey.NewPhoneLookupKey(now),
                };
                db.TokenKeys.Add(key);
                keys.Add(key);
            }

            return keys;
        }, cancellationToken);
        _phoneLookupKey = _keys.Where(k => k.Kind == TokenKeyKind.PhoneLookup)
            .MinBy(k => k.CreatedAt)!.SymmetricMaterial;
    }

    /// <summary>
    /// The phone lookup key: the oldest unretired one, since hashes made with it are stored (a new one would need
    /// every MemberLogin rehashed).
    /// </summary>
    public byte[] PhoneLookupKey =>
        _phoneLookupKey ?? throw new InvalidOperationException("The keys are read at start (LoadAsync) first.");

    /// <summary>Adds the keys to OpenIddict's options, newest first (OpenIddict uses the first of each kind).</summary>
    public void AddTo(OpenIddictServerOptions options)
    {
        var keys = _keys ?? throw new InvalidOperationException("The token keys are read at start (LoadAsync) first.");
        foreach (var key in keys.OrderByDescending(k => k.CreatedAt))
        {
            if (key.Kind == TokenKeyKind.Signing)
            {
                options.SigningCredentials.Add(
                    new SigningCredentials(key.ToSecurityKey(), SecurityAlgorithms.RsaSha256));
            }
            else if (key.Kind == TokenKeyKind.Encryption)
            {
                options.EncryptionCredentials.Add(new EncryptingCredentials(
                    key.ToSecurityKey(), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            }
        }
    }
}
