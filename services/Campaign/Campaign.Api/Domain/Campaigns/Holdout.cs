using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// The control group: SHA-256 of campaign id and member id gives each member a stable bucket 0–9,999; members whose
/// bucket is below percent × 100 are held out. The same member is always in or out of the same campaign, on every
/// replica and every run.
/// </summary>
public static class Holdout
{
    public static int Bucket(Guid campaignId, Guid memberId)
    {
        Span<byte> input = stackalloc byte[32];
        campaignId.TryWriteBytes(input[..16]);
        memberId.TryWriteBytes(input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % 10_000);
    }

    public static bool IsHeldOut(
        Guid campaignId, Guid memberId, int percent) => Bucket(campaignId, memberId) < percent * 100;
}
