using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Points;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Domain.Messages;

namespace Loyalty.IntegrationTests.Notification;

/// <summary>Consent, quiet hours, caps and duplicates on the real
/// schema and Redis, with the clock moved by the test.</summary>
public class NotificationRulesTests
{
    // 10:00 on Monday 23 November 2026 in Shanghai.
    private static readonly DateTimeOffset ShanghaiMorning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static async Task<NotificationHarness> StartAsync(DateTimeOffset at)
    {
        var harness = new NotificationHarness(at);
        await harness.InitializeAsync();
        return harness;
    }

    [Fact]
    public async Task Without_consent_for_the_channel_and_purpose_a_request_is_suppressed_with_the_reason_and_published()
    {
        await using var notification = await StartAsync(ShanghaiMorning);
        // Transactional SMS and marketing WeChat consent, but not marketing SMS.
        var memberId = await notification.AddMemberAsync(
            consents: [(Channel.Sms, ConsentPurpose.Transactional), (Channel.WeChat, ConsentPurpose.Marketing)]);

        var request = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-1:coupon");
        await notification.AcceptAsync(request);
        Assert.Equal(0, await notification.DispatchAsync());

        var message = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Suppressed, SuppressionReason.NoConsent, (string?)null),
            (message.Status, message.SuppressionReason, message.Body));
        Assert.Equal(["NotificationSuppressed"], await notification.EventsForAsync(request.RequestId));
    }

    [Fact]
    public async Task A_marketing_message_requested_at_22_30_store_time_is_sent_at_09_00_not_before_and_not_lost()
    {
        // 22:30 on 23 November in Shanghai.
        await using var notification = await StartAsync(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero));
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        var request = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-2:coupon");

        await notification.AcceptAsync(request);
        var nineAm = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var deferred = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Deferred, nineAm), (deferred.Status, deferred.DueAt));
        Assert.Contains("CPN-7Q4M", deferred.Body); // rendered and stored: it waits, it is not dropped

        Assert.Equal(0, await notification.DispatchAsync());
        notification.Clock.SetUtcNow(nineAm.AddMinutes(-1)); // 08:59: still quiet
        Assert.Equal(0, await notification.DispatchAsync());
        Assert.Equal(MessageStatus.Deferred, (await notification.MessageAsync(request.RequestId)).Status);

        notification.Clock.SetUtcNow(nineAm);
        Assert.Equal(1, await notification.DispatchAsync());
        var sent = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Delivered, nineAm, "local", 1),
            (sent.Status, sent.SentAt, sent.Provider, sent.Attempts));
        Assert.Equal(["NotificationSent"], await notification.EventsForAsync(request.RequestId));
    }

    [Fact]
    public async Task Quiet_hours_follow_the_time_zone_of_the_members_store()
    {
        // 20:59 in Shanghai, but the member's store is in Tokyo (21:59 there): quiet hours already.
        await using var notification = await StartAsync(new DateTimeOffset(2026, 11, 23, 12, 59, 0, TimeSpan.Zero));
        notification.Options.StoreTimeZones["TYO-GINZA-01"] = "Asia/Tokyo";
        var memberId = await notification.AddMemberAsync(storeId: "TYO-GINZA-01",
            consents: [(Channel.WeChat, ConsentPurpose.Marketing)]);
        var request = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-3:coupon", Channel.WeChat);

        await notification.AcceptAsync(request);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(9)),
            (await notification.MessageAsync(request.RequestId)).DueAt);
    }

    [Fact]
    public async Task The_second_marketing_message_of_the_day_is_capped_while_a_transactional_points_expired_message_still_goes()
    {
        await using var notification = await StartAsync(ShanghaiMorning);
        var memberId = await notification.AddMemberAsync(
            consents: [(Channel.Sms, ConsentPurpose.Marketing), (Channel.Sms, ConsentPurpose.Transactional)]);

        var first = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-4:coupon");
        var second = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-5:coupon");
        var expired = new PointsExpired(memberId, Guid.NewGuid(), 120, 0)
            { OccurredAt = notification.Clock.GetUtcNow() };
        var pointsExpired = TransactionalRequests.PointsExpired(expired, notification.Options.TransactionalChannel);
        await notification.AcceptAsync(first);
        await notification.AcceptAsync(second);
        await notification.AcceptAsync(pointsExpired);
        Assert.Equal(3, await notification.DispatchAsync());

        Assert.Equal(MessageStatus.Delivered, (await notification.MessageAsync(first.RequestId)).Status);
        var capped = await notification.MessageAsync(second.RequestId);
        Assert.Equal((MessageStatus.Suppressed, SuppressionReason.FrequencyCap),
            (capped.Status, capped.SuppressionReason));
        Assert.Equal(["NotificationSuppressed"], await notification.EventsForAsync(second.RequestId));
        var transactional = await notification.MessageAsync(pointsExpired.RequestId);
        Assert.Equal((MessageStatus.Delivered, "王丽您好，您有120积分已到期，如有疑问请联系静安旗舰店。"),
            (transactional.Status, transactional.Body));

        // The next day the member may get marketing again (1 a day);
        // by the fourth day of the week the weekly cap (3) holds.
        var outcomes = new List<MessageStatus>();
        for (var day = 1; day <= 3; day++)
        {
            notification.Clock.Advance(TimeSpan.FromDays(1));
            var next = notification.Request(memberId, ConsentPurpose.Marketing, $"campaign-day-{day}");
            await notification.AcceptAsync(next);
            await notification.DispatchAsync();
            outcomes.Add((await notification.MessageAsync(next.RequestId)).Status);
        }

        Assert.Equal([MessageStatus.Delivered, MessageStatus.Delivered, MessageStatus.Suppressed], outcomes);
    }

    [Fact]
    public async Task A_survey_invitation_needs_Feedback_consent_keeps_quiet_hours_and_is_not_counted_in_the_caps()
    {
        // 22:30 on 23 November in Shanghai.
        await using var notification = await StartAsync(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero));
        var memberId = await notification.AddMemberAsync(
            consents: [(Channel.Sms, ConsentPurpose.Marketing), (Channel.Sms, ConsentPurpose.Feedback)]);
        var marketingOnly = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        NotificationRequested Invitation(Guid member, string key) => notification.Request(member,
            ConsentPurpose.Feedback, key, template: "survey-invitation", variables: new Dictionary<string, string>
            {
                ["link"] = "http://127.0.0.1:5109/s/token", ["surveyName"] = "治疗满意度回访", ["expiresOn"] = "2026-11-30",
            });
        var invitation = Invitation(memberId, "invitation-1");
        var unconsented = Invitation(marketingOnly, "invitation-2");

        await notification.AcceptAsync(invitation);
        await notification.AcceptAsync(unconsented);
        var nineAm = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        Assert.Equal((MessageStatus.Deferred, nineAm),
            ((await notification.MessageAsync(invitation.RequestId)).Status,
                (await notification.MessageAsync(invitation.RequestId)).DueAt));
        Assert.Equal(SuppressionReason.NoConsent,
            (await notification.MessageAsync(unconsented.RequestId)).SuppressionReason);

        // At 09:00 the invitation goes, and the day's one marketing message still may.
        notification.Clock.SetUtcNow(nineAm);
        var marketing = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-after-survey");
        await notification.AcceptAsync(marketing);
        Assert.Equal(2, await notification.DispatchAsync());
        Assert.Equal(MessageStatus.Delivered, (await notification.MessageAsync(invitation.RequestId)).Status);
        Assert.Contains("http://127.0.0.1:5109/s/token", (await notification.MessageAsync(invitation.RequestId)).Body);
        Assert.Equal(MessageStatus.Delivered, (await notification.MessageAsync(marketing.RequestId)).Status);
    }

    [Fact]
    public async Task The_same_request_twice_is_sent_once_and_the_repeat_is_recorded_as_a_duplicate()
    {
        await using var notification = await StartAsync(ShanghaiMorning);
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        var changed = new MemberTierChanged(memberId, Tier.Silver, Tier.Gold, "spend-threshold", 12_000m)
            { OccurredAt = notification.Clock.GetUtcNow() };

        var request = TransactionalRequests.TierChanged(changed, Channel.Sms, "zh-CN");
        // same dedupe key, new request
        var republished = request with { RequestId = Guid.NewGuid(), EventId = Guid.NewGuid() };
        await notification.AcceptAsync(request);
        // same request id again: already answered
        await notification.AcceptAsync(request with { EventId = Guid.NewGuid() });
        await notification.AcceptAsync(republished);
        await notification.DispatchAsync();
        await notification.DispatchAsync();

        var messages = await notification.MessagesAsync(memberId);
        Assert.Equal(2, messages.Count);
        Assert.Equal((MessageStatus.Delivered, "王丽您好，您的会员等级已变更为金卡，静安旗舰店期待您的光临。"),
            (messages[0].Status, messages[0].Body));
        Assert.Equal((MessageStatus.Suppressed, SuppressionReason.Duplicate, true),
            (messages[1].Status, messages[1].SuppressionReason, messages[1].IsDuplicate));
        Assert.Equal(["NotificationSent"], await notification.EventsForAsync(request.RequestId));
        Assert.Equal(["NotificationSuppressed"], await notification.EventsForAsync(republished.RequestId));
    }

    [Fact]
    public async Task A_missing_template_variable_fails_the_request_with_the_variable_named_instead_of_sending_a_hole()
    {
        await using var notification = await StartAsync(ShanghaiMorning);
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        var request = notification.Request(memberId, ConsentPurpose.Transactional, "coupon:1",
            variables: new Dictionary<string, string> { ["couponValue"] = "80", ["expiryDate"] = "2026-12-31" });

        await notification.AcceptAsync(request);
        Assert.Equal(0, await notification.DispatchAsync());

        var message = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Failed, "missing template variables: couponCode", (string?)null),
            (message.Status, message.Error, message.Body));
        Assert.Equal(["NotificationFailed"], await notification.EventsForAsync(request.RequestId));
    }

    [Fact]
    public async Task Consent_withdrawn_while_a_message_waits_for_the_morning_suppresses_it_when_its_time_comes()
    {
        await using var notification = await StartAsync(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero));
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        var request = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-6:coupon");
        await notification.AcceptAsync(request);

        await using (var db = notification.NewContext())
        {
            (await db.Consents.FindAsync(memberId, Channel.Sms,
                ConsentPurpose.Marketing))!.Change(false, notification.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        notification.Clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(1, await notification.DispatchAsync());
        var message = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Suppressed, SuppressionReason.NoConsent),
            (message.Status, message.SuppressionReason));
    }

    [Fact]
    public async Task A_percent_coupon_message_reads_as_a_discount_and_names_the_home_store_in_the_members_language()
    {
        await using var notification = await StartAsync(ShanghaiMorning);
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        var unknownStore = await notification.AddMemberAsync(storeId: "BJ-CHAOYANG-01",
            consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        Dictionary<string, string> Coupon(string? language) => new()
        {
            // What Campaign sends with a coupon (CampaignExecutor), plus the language when the member asked for one.
            ["couponKind"] = "PercentOff", ["couponValue"] = "20", ["threshold"] = "0", ["maxDiscount"] = "100",
            ["expiryDate"] = "2026-12-31", ["couponCode"] = "7Q4MX9PR2K3N", ["language"] = language ?? "zh-CN",
        };
        var chinese = notification.Request(memberId, ConsentPurpose.Marketing,
            "campaign-20pct:zh", variables: Coupon(null));
        var english = notification.Request(memberId, ConsentPurpose.Marketing,
            "campaign-20pct:en", variables: Coupon("en"));
        var elsewhere = notification.Request(unknownStore, ConsentPurpose.Marketing,
            "campaign-20pct:zh", variables: Coupon(null));

        foreach (var request in new[] { chinese, english, elsewhere })
        {
            await notification.AcceptAsync(request);
        }

        Assert.Equal("王丽您好，您获得一张8折优惠券（最高减100元），券码7Q4MX9PR2K3N，2026-12-31前在静安旗舰店使用有效。",
            (await notification.MessageAsync(chinese.RequestId)).Body);
        Assert.Equal("Hello 王丽, you have a coupon for 20% off (at most 100 CNY), code 7Q4MX9PR2K3N, valid at Jing'an " +
            "Flagship Clinic until 2026-12-31.",
            (await notification.MessageAsync(english.RequestId)).Body);
        // not in the directory: its code
        Assert.Contains("前在BJ-CHAOYANG-01使用有效", (await notification.MessageAsync(elsewhere.RequestId)).Body);
    }
}
