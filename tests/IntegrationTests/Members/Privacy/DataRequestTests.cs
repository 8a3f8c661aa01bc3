using System.Text.Json;
using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Members.Privacy;

/// <summary>
/// Members' side of a member's data rights on the real schema: an export collects one part per service and is
/// downloaded once; an erasure waits for an admin's reasoned decision, erases Members' own data at once and is done
/// when every service has answered; her phone registers again as a new member.
/// </summary>
public class DataRequestTests
{
    private static readonly string[] OtherServices =
        ["points", "segmentation", "campaign", "notification", "feedback", "identity"];

    [Fact]
    public async Task An_export_collects_one_part_per_service_and_its_archive_is_handed_out_once()
    {
        await using var members = await MembersPrivacyHarness.StartAsync();
        var member = await members.RegisteredAsync("13800138000", "王丽");

        var request = await members.RequestedAsync(member.Id, DataRequestKind.Export);
        Assert.Equal(DataRequestStatus.Collecting, request.Status);
        Assert.IsType<RequestMemberData.Outcome.AlreadyOpen>(
            await members.RequestAsync(member.Id, DataRequestKind.Export));
        var asked = Assert.Single(await members.StagedAsync<MemberDataExportRequested>());
        Assert.Contains(request.Id.ToString(), asked);
        Assert.IsType<DownloadArchive.Outcome.NotReady>(await members.DownloadAsync(request.Id, member.Id));

        // A part for no such request, from a service nobody waits for, or that is no object, is impossible.
        var stranger = DataRequest.Open(member.Id, DataRequestKind.Export, "member", null, ["points"], DateTimeOffset.Now);
        Assert.IsType<RecordExportPart.Outcome.Impossible>(await members.PartAsync(stranger, "points"));
        Assert.IsType<RecordExportPart.Outcome.Impossible>(await members.PartAsync(request, "billing"));
        Assert.IsType<RecordExportPart.Outcome.Impossible>(await members.PartAsync(request, "points", "[1, 2]"));

        foreach (var service in OtherServices)
        {
            Assert.IsType<RecordExportPart.Outcome.Recorded>(await members.PartAsync(request, service));
        }

        Assert.IsType<RecordExportPart.Outcome.AlreadyAnswered>(
            await members.PartAsync(request, "points", """{"summary": "second"}"""));
        var ready = await members.LoadAsync(request.Id);
        Assert.Equal(DataRequestStatus.Ready, ready.Status);
        Assert.Equal(ready.CompletedAt!.Value.AddHours(72), ready.ArchiveExpiresAt);

        // Only she (or an admin) gets it, once.
        Assert.IsType<DownloadArchive.Outcome.NotFound>(await members.DownloadAsync(request.Id, Guid.NewGuid()));
        var archive = Assert.IsType<DownloadArchive.Outcome.Archive>(await members.DownloadAsync(request.Id, member.Id));
        using var json = JsonDocument.Parse(archive.Json);
        var parts = json.RootElement.GetProperty("parts");
        Assert.Equal(7, parts.EnumerateObject().Count());
        Assert.Equal("王丽", parts.GetProperty("members").GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal("13800138000",
            parts.GetProperty("members").GetProperty("profile").GetProperty("phone").GetString());
        Assert.Equal("points：一行", parts.GetProperty("points").GetProperty("summary").GetString());
        var summary = json.RootElement.GetProperty("summary").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(7, summary.Count);
        Assert.Contains(summary, line => line!.StartsWith("会员资料：王丽，手机 138****8000", StringComparison.Ordinal));

        Assert.Equal(
            new DownloadArchive.Outcome.Gone(DataRequestStatus.Downloaded),
            await members.DownloadAsync(request.Id, member.Id));
        var downloaded = await members.LoadAsync(request.Id);
        Assert.Equal(DataRequestStatus.Downloaded, downloaded.Status);
        Assert.All(downloaded.Services, s => Assert.Null(s.Part));

        // Done: a new one may be asked for.
        Assert.IsType<RequestMemberData.Outcome.Requested>(await members.RequestAsync(member.Id, DataRequestKind.Export));
    }

    [Fact]
    public async Task An_archive_not_downloaded_in_time_is_gone_and_its_parts_deleted()
    {
        await using var members = await MembersPrivacyHarness.StartAsync(new PrivacyOptions { Services = ["members"] });
        var member = await members.RegisteredAsync("13800138001", "李娜");
        var request = await members.RequestedAsync(member.Id, DataRequestKind.Export);
        Assert.Equal(DataRequestStatus.Ready, request.Status);

        members.Clock.Advance(TimeSpan.FromHours(72));
        Assert.Equal(
            new DownloadArchive.Outcome.Gone(DataRequestStatus.Expired),
            await members.DownloadAsync(request.Id, memberId: null));
        var expired = await members.LoadAsync(request.Id);
        Assert.Equal(DataRequestStatus.Expired, expired.Status);
        Assert.All(expired.Services, s => Assert.Null(s.Part));
    }

    [Fact]
    public async Task An_erasure_waits_for_a_reasoned_decision_then_erases_her_everywhere_and_her_phone_registers_anew()
    {
        await using var members = await MembersPrivacyHarness.StartAsync();
        var member = await members.RegisteredAsync("13800138002", "张敏");
        var export = await members.RequestedAsync(member.Id, DataRequestKind.Export);

        // Declined with a reason: nothing is erased; a reason is required.
        var first = await members.RequestedAsync(member.Id, DataRequestKind.Erasure);
        Assert.Equal(DataRequestStatus.AwaitingConfirmation, first.Status);
        var noReason = Assert.IsType<DecisionOutcome.Invalid>(await members.DeclineAsync(first.Id, "  "));
        Assert.Contains("reason", noReason.Errors.Keys);
        Assert.IsType<DecisionOutcome.Decided>(await members.DeclineAsync(first.Id, "会员撤回申请"));
        Assert.IsType<DecisionOutcome.Refused>(await members.ConfirmAsync(first.Id));
        Assert.Equal("张敏", (await members.MemberAsync(member.Id)).Name);
        Assert.IsType<DecisionOutcome.Refused>(await members.ConfirmAsync(export.Id));

        var erasure = await members.RequestedAsync(member.Id, DataRequestKind.Erasure, "staff-7");
        Assert.Equal("staff-7", erasure.RequestedBy);
        var decided = Assert.IsType<DecisionOutcome.Decided>(await members.ConfirmAsync(erasure.Id));
        Assert.Equal(DataRequestStatus.Erasing, decided.Request.Status);

        var erased = await members.MemberAsync(member.Id);
        Assert.Equal(
            (Member.ErasedName, (string?)null, (DateOnly?)null, (string?)null, 0, MembersPrivacyHarness.Store),
            (erased.Name, erased.Phone, erased.BirthDate, erased.SkinType, erased.InterestTags.Count,
                erased.HomeStoreId));
        Assert.NotNull(erased.ErasedAt);
        // Her open export's stored part went with her data.
        Assert.All((await members.LoadAsync(export.Id)).Services, s => Assert.Null(s.Part));
        var asked = Assert.Single(await members.StagedAsync<MemberErasureRequested>());
        Assert.Contains("\"MemberRequest\"", asked);

        foreach (var service in OtherServices)
        {
            Assert.IsType<RecordErasure.Outcome.Recorded>(await members.ErasedAsync(erasure, service));
        }

        Assert.IsType<RecordErasure.Outcome.AlreadyAnswered>(await members.ErasedAsync(erasure, "points"));
        Assert.IsType<RecordErasure.Outcome.Impossible>(await members.ErasedAsync(erasure, "billing"));
        Assert.IsType<RecordErasure.Outcome.Impossible>(await members.ErasedAsync(export, "points"));
        var done = await members.LoadAsync(erasure.Id);
        Assert.Equal(DataRequestStatus.Erased, done.Status);
        Assert.All(done.Services, s => Assert.NotNull(s.DoneAt));

        // Nothing more can be asked of her; her phone is free for a new member; her code refers nobody.
        Assert.IsType<RequestMemberData.Outcome.Erased>(await members.RequestAsync(member.Id, DataRequestKind.Export));
        Assert.IsType<RegisterMember.Outcome.Invalid>(
            await members.RegisterAsync("13800138003", "推荐人", referralCode: member.ReferralCode));
        var again = await members.RegisteredAsync("13800138002", "张敏");
        Assert.NotEqual(member.Id, again.Id);
        Assert.IsType<RegisterMember.Outcome.PhoneTaken>(await members.RegisterAsync("13800138002", "张敏"));

        // Staff actions are on the trail, without her name.
        await using var db = members.Db();
        var trail = await db.Set<Loyalty.BuildingBlocks.Auditing.AuditEntry>().Where(e => e.Entity == "DataRequest")
            .Select(e => e.Action).ToListAsync();
        Assert.Equal(["erasure declined", "created", "erasure confirmed"], trail);
    }

    [Fact]
    public async Task Two_erasure_requests_at_once_make_one()
    {
        await using var members = await MembersPrivacyHarness.StartAsync();
        var member = await members.RegisteredAsync("13800138004", "赵静");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => members.RequestAsync(member.Id, DataRequestKind.Erasure)));
        Assert.Single(outcomes.OfType<RequestMemberData.Outcome.Requested>());
        Assert.Equal(3, outcomes.OfType<RequestMemberData.Outcome.AlreadyOpen>().Count());
    }
}
