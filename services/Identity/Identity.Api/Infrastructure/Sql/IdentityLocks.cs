using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Identity.Api.Infrastructure.Sql;

/// <summary>
/// Identity's locks. One: the key ring's, so replicas starting together make one signing and one encryption key
/// between them, not one each. It is a transaction-scoped advisory lock, released at commit.
/// </summary>
internal static class IdentityLocks
{
    /// <summary>An arbitrary constant, the key ring's name in the advisory-lock space of identitydb.</summary>
    private const long KeyRingLockId = 0x4B_4559_5249_4E47;

    public static readonly ModelSql<IdentityServiceDbContext> KeyRing = new(_ => "SELECT pg_advisory_xact_lock({0})");

    public static Task TakeKeyRingAsync(IdentityServiceDbContext db, CancellationToken cancellationToken) =>
        KeyRing.ExecuteAsync(db, cancellationToken, KeyRingLockId);
}
