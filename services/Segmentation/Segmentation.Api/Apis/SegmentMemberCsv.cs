using System.Globalization;
using System.Text;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>
/// A segment's members as CSV: the member id and what Segmentation holds of them (no phone or name, which Members
/// owns). Every value is an id, a code, a number or a date, so none needs quoting.
/// </summary>
public static class SegmentMemberCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string Header = "memberId,enteredAt,homeStoreId,tier,layer,rfmGroup,r,f,m,purchases,spend,"
        + "lastPurchaseOn,probabilityAlive,clv";

    public static string Line(SegmentMember member, DateTimeOffset enteredAt) => string.Join(',',
        member.Id.ToString(),
        enteredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        member.HomeStoreId,
        member.Tier?.ToString(),
        member.Layer?.ToString(),
        member.Group is { } group ? BuiltInSegments.CodeOf(group) : null,
        Invariant(member.R),
        Invariant(member.F),
        Invariant(member.M),
        Invariant(member.Purchases),
        Invariant(member.Spend),
        member.LastPurchaseOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        member.ProbabilityAlive is { } alive ? alive.ToString("0.####", CultureInfo.InvariantCulture) : null,
        Invariant(member.Clv));

    public static async Task WriteAsync(
        Stream stream, IAsyncEnumerable<string> lines, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(
            stream, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(Header);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(line);
        }
    }

    private static string? Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);
}
