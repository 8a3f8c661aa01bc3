using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Consents;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Tiers;

namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>
/// Members' part of a member's export: her profile, consents now and their whole history (the evidence), tier
/// history, rolling spend and her data requests. Serialized with DataExportJson.
/// </summary>
public sealed record MemberDataPart(
    Guid MemberId,
    bool Known,
    string Summary,
    MemberDataPart.ProfileCopy Profile,
    IReadOnlyList<MemberDataPart.ConsentLine> Consents,
    IReadOnlyList<MemberDataPart.ConsentLine> ConsentHistory,
    IReadOnlyList<MemberDataPart.TierLine> TierHistory,
    decimal RollingSpend,
    IReadOnlyList<MemberDataPart.RequestLine> DataRequests)
{
    public static MemberDataPart Of(
        Member member,
        IReadOnlyList<ConsentRecord> historyNewestFirst,
        IReadOnlyList<TierChange> tierHistory,
        decimal rollingSpend,
        IReadOnlyList<DataRequest> requests)
    {
        var consents = ConsentRecord.LatestOf(historyNewestFirst);
        var granted = consents.Count(c => c.Granted);
        var summary = $"会员资料：{member.Name}，手机 {MaskedPhone(member.Phone)}，{member.Tier} 等级，"
            + $"近 12 个月消费 {rollingSpend:N2} 元，授权 {granted} 项（记录 {historyNewestFirst.Count} 条），"
            + $"等级变动 {tierHistory.Count} 次";
        return new MemberDataPart(
            member.Id,
            Known: true,
            summary,
            new ProfileCopy(
                member.Name,
                member.Phone,
                member.Gender,
                member.BirthDate,
                member.HomeStoreId,
                member.SkinType,
                member.InterestTags,
                member.ReferralCode,
                member.ReferredByMemberId,
                member.Tier,
                member.RegisteredAt),
            [.. consents.Select(ConsentLine.From)],
            [.. historyNewestFirst.Select(ConsentLine.From)],
            [.. tierHistory.Select(t => new TierLine(t.FromTier, t.ToTier, t.Reason, t.RollingSpend, t.ChangedAt))],
            rollingSpend,
            [.. requests.Select(r => new RequestLine(r.Id, r.Kind, r.Status, r.RequestedBy, r.RequestedAt))]);
    }

    private static string MaskedPhone(string? phone) =>
        PhoneNumber.TryParse(phone, out var number) ? number.Value.Masked : "无";

    public sealed record ProfileCopy(
        string Name,
        string? Phone,
        Gender Gender,
        DateOnly? BirthDate,
        string HomeStoreId,
        string? SkinType,
        IReadOnlyList<string> InterestTags,
        string ReferralCode,
        Guid? ReferredByMemberId,
        Tier Tier,
        DateTimeOffset RegisteredAt);

    public sealed record ConsentLine(
        Channel Channel, ConsentPurpose Purpose, bool Granted, string Source, DateTimeOffset ChangedAt)
    {
        public static ConsentLine From(ConsentRecord r) => new(r.Channel, r.Purpose, r.Granted, r.Source, r.ChangedAt);
    }

    public sealed record TierLine(Tier FromTier, Tier ToTier, string Reason, decimal RollingSpend, DateTimeOffset At);

    public sealed record RequestLine(
        Guid Id, DataRequestKind Kind, DataRequestStatus Status, string RequestedBy, DateTimeOffset RequestedAt);
}
