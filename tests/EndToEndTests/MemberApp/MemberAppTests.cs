using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.EndToEndTests.Campaign;
using Loyalty.EndToEndTests.Console;
using Loyalty.EndToEndTests.Feedback;
using Loyalty.EndToEndTests.Identity;
using Loyalty.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.MemberApp;

/// <summary>
/// A member on her phone (390×844, zh-CN) in the member app: signs in with the code sent to her, sees her points, the
/// spend to her next tier and her coupon's code, withdraws marketing SMS consent (Members has it withdrawn), redeems a
/// catalogue item (the balance goes down) and signs out; invited to a survey, she answers it.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class MemberAppTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task A_member_signs_in_with_a_code_sees_her_points_and_coupon_withdraws_consent_and_redeems()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var (memberId, phone) = await MemberCodes.RegisterKnownToIdentityAsync(stack);
        var balance = await PurchaseAsync(staff, memberId, 1_280m);
        var couponCode = await CouponAsync(staff, admin, memberId);
        var reward = await RewardAsync(admin);
        using (var granted = await staff.PutAsJsonAsync($"/api/members/{memberId}/consents", new
        {
            consents = new[] { new { channel = "Sms", purpose = "Marketing", granted = true } }, source = "front-desk",
        }))
        {
            granted.EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync(viewport: ConsoleBrowser.Phone);
        await ConsoleBrowser.StepsAsync(page, "member-app", async () =>
        {
            await SignInAsync(page, memberId, phone);

            // Home: her points, her tier and what she still has to spend for the next (Silver from 5,000).
            await Assertions.Expect(page.Locator("#points-balance")).ToHaveTextAsync(balance.ToString());
            await Assertions.Expect(page.Locator("#tier")).ToHaveTextAsync("普通会员");
            await Assertions.Expect(page.Locator("#next-tier")).ToContainTextAsync("¥3,720");
            await ConsoleBrowser.CaptureAsync(page, "member-home", fullPage: false);

            await page.ClickAsync("[data-test=tab-coupons]");
            var coupon = page.Locator("[data-test=coupon]", new() { HasText = couponCode });
            await Assertions.Expect(coupon.Locator("[data-test=coupon-code]")).ToHaveTextAsync(couponCode);
            await Assertions.Expect(coupon.Locator("[data-test=coupon-status]")).ToHaveTextAsync("可使用");
            await ConsoleBrowser.CaptureAsync(page, "member-coupons", fullPage: false);

            // Consent: marketing by SMS, given at the desk, withdrawn here; Members keeps her decision and its source.
            await page.GotoAsync(new Uri(stack.MemberAppAddress, "/consents").ToString());
            var smsMarketing = page.Locator("[data-test=consent-Sms-Marketing]");
            await Assertions.Expect(smsMarketing).ToBeCheckedAsync();
            await smsMarketing.UncheckAsync();
            await page.ClickAsync("[data-test=save-consents]");
            await Assertions.Expect(page.Locator("#consents-outcome")).ToHaveTextAsync("已保存。");
            await Assertions.Expect(smsMarketing).Not.ToBeCheckedAsync();
            await ConsoleBrowser.CaptureAsync(page, "member-consents", fullPage: false);
            var consents = await staff.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}/consents");
            var sms = consents.EnumerateArray().Single(c =>
                c.GetProperty("channel").GetString() == "Sms" && c.GetProperty("purpose").GetString() == "Marketing");
            Assert.False(sms.GetProperty("granted").GetBoolean());
            Assert.Equal("member-app", sms.GetProperty("source").GetString());

            // Redeeming: the item's price comes off her balance, on the page and in Points.
            await page.ClickAsync("[data-test=tab-catalogue]");
            await page.Locator("[data-test=reward]", new() { HasText = reward.Name })
                .Locator("[data-test=redeem]").ClickAsync();
            await Assertions.Expect(page.Locator("#redeem-outcome")).ToContainTextAsync("兑换成功");
            await Assertions.Expect(page.Locator("#catalogue-balance"))
                .ToHaveTextAsync((balance - reward.Cost).ToString());
            await ConsoleBrowser.CaptureAsync(page, "member-catalogue", fullPage: false);
            var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}");
            Assert.Equal(balance - reward.Cost, account.GetProperty("balance").GetInt64());

            // Signing out ends the session: the app asks her to sign in again.
            await page.ClickAsync("[data-test=tab-me]");
            await page.ClickAsync("[data-test=sign-out]");
            await Assertions.Expect(page).ToHaveURLAsync(SignInPage);
            await page.GotoAsync(new Uri(stack.MemberAppAddress, "/coupons").ToString());
            await Assertions.Expect(page).ToHaveURLAsync(SignInPage);
        });
    }

    [Fact]
    public async Task A_member_invited_to_a_survey_answers_it_in_the_app_and_her_link_then_says_it_is_answered()
    {
        using var staff = await stack.ClientAsync("staff");
        var (memberId, phone) = await MemberCodes.RegisterKnownToIdentityAsync(stack);
        using (var granted = await staff.PutAsJsonAsync($"/api/members/{memberId}/consents", new
        {
            consents = new[] { new { channel = "Sms", purpose = "Feedback", granted = true } }, source = "front-desk",
        }))
        {
            granted.EnsureSuccessStatusCode();
        }

        await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>("feedbackdb",
                """SELECT count(*) FROM consents WHERE "MemberId" = @m AND "Purpose" = 'Feedback' AND "Granted" """,
                ("m", memberId)) == 1,
            StackFixture.EventTimeout, "Feedback knows her consent");
        // Invited as an operator invites a segment (a rule segment of her alone): no waiting for the after-treatment
        // delay, which only the moved-clock platform can skip.
        using var marketing = await stack.ClientAsync("marketing");
        var segment = await SegmentOfHerAloneAsync(staff, marketing, memberId);
        await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>("feedbackdb",
                """SELECT count(*) FROM segment_memberships WHERE "MemberId" = @m AND "SegmentCode" = @s""",
                ("m", memberId), ("s", segment)) == 1,
            StackFixture.EventTimeout, "Feedback knows her segment");
        using (var sent = await marketing.PostAsJsonAsync(
            "/api/feedback/surveys/after-treatment/sends", new { segmentCode = segment }))
        {
            Assert.Equal(1, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invited").GetInt32());
        }

        using var member = await stack.ClientAsync("member", memberId);
        var linkToken = await SurveyFlowTests.LinkTokenInInboxAsync(member);

        var page = await browser.NewPageAsync(viewport: ConsoleBrowser.Phone);
        await ConsoleBrowser.StepsAsync(page, "member-app-survey", async () =>
        {
            await SignInAsync(page, memberId, phone);
            await page.ClickAsync("[data-test=go-surveys]");
            await page.ClickAsync("[data-test=invitation] [data-test=answer-survey]");

            // The required NPS left out: the Feedback service's refusal is shown beside that question.
            await page.ClickAsync("[data-test=question-treatment] [data-test=treatment-5]");
            await page.ClickAsync("[data-test=submit-survey]");
            await Assertions.Expect(page.Locator("[data-test=error-nps]")).ToBeVisibleAsync();
            await page.ClickAsync("[data-test=question-nps] [data-test=nps-9]");
            await page.FillAsync("textarea[data-test=comment]", "护士很耐心");
            await ConsoleBrowser.CaptureAsync(page, "member-survey", fullPage: false);
            await page.ClickAsync("[data-test=submit-survey]");
            await Assertions.Expect(page.Locator("#survey-thanks")).ToBeVisibleAsync();

            var answer = await member.GetFromJsonAsync<JsonElement[]>("/api/feedback/invitations/me");
            Assert.Equal("Answered", Assert.Single(answer!).GetProperty("status").GetString());
            Assert.Equal(9, await stack.QueryAsync<int>("feedbackdb",
                """SELECT "Nps" FROM answers WHERE "MemberId" = @m""", ("m", memberId)));

            // Her SMS's link opens without signing in, and says the survey is answered.
            var anonymous = await browser.NewPageAsync(viewport: ConsoleBrowser.Phone);
            await anonymous.GotoAsync(new Uri(stack.MemberAppAddress, $"/s/{linkToken}").ToString());
            await Assertions.Expect(anonymous.Locator("#link-refused")).ToContainTextAsync("已填写");
        });
    }

    /// <summary>A rule segment only she is in (an interest tag of her own), saved once Segmentation has her tag.</summary>
    private static async Task<string> SegmentOfHerAloneAsync(
        HttpClient staff, HttpClient marketing, Guid memberId)
    {
        var tag = $"app-{Guid.NewGuid():N}"[..16];
        using (var profile = await staff.PutAsJsonAsync($"/api/members/{memberId}", new
        {
            name = "王丽", gender = "Female", birthDate = "1990-05-20", homeStoreId = "SH-JINGAN-01",
            interestTags = new[] { tag },
        }))
        {
            profile.EnsureSuccessStatusCode();
        }

        var criteria = new { tags = new[] { tag } };
        await Eventually.HoldsAsync(async () =>
            {
                using var preview = await marketing.PostAsJsonAsync("/api/segments/rules/preview", criteria);
                return (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").GetInt32() == 1;
            },
            StackFixture.EventTimeout, "Segmentation knows her tag");
        using var saved = await marketing.PostAsJsonAsync("/api/segments/rules",
            new { slug = tag, name = "会员端问卷 " + tag, criteria });
        saved.EnsureSuccessStatusCode();
        return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static readonly System.Text.RegularExpressions.Regex SignInPage = MemberAppSignIn.SignInPage;

    private Task SignInAsync(IPage page, Guid memberId, string phone) =>
        MemberAppSignIn.AsAsync(stack, page, memberId, phone, screenshot: "member-sign-in");

    /// <summary>A purchase at the desk; her balance once Points has earned it.</summary>
    private async Task<long> PurchaseAsync(HttpClient staff, Guid memberId, decimal amount)
    {
        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{memberId}")).IsSuccessStatusCode,
            StackFixture.EventTimeout, "Points opened the account");
        using var purchase = await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = $"APP-{Guid.NewGuid():N}"[..24], memberId, storeId = "SH-JINGAN-01", amount,
            paidAt = DateTimeOffset.UtcNow,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
        });
        purchase.EnsureSuccessStatusCode();
        long balance = 0;
        await Eventually.HoldsAsync(async () =>
        {
            balance = (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}"))
                .GetProperty("balance").GetInt64();
            return balance > 0;
        }, StackFixture.EventTimeout, "the purchase earned points");
        // Members counts the purchase in her rolling spend from PurchaseRecorded: the home page shows it.
        await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>(
                "membersdb", """SELECT count(*) FROM member_purchases WHERE "MemberId" = @m""", ("m", memberId)) == 1,
            StackFixture.EventTimeout, "Members kept the purchase");
        return balance;
    }

    private static async Task<string> CouponAsync(HttpClient staff, HttpClient admin, Guid memberId)
    {
        var templateId = await CampaignApi.WakeUpTemplateAsync(admin);
        using var issued = await staff.PostAsJsonAsync("/api/coupons", new { templateId, memberId });
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static async Task<(string Name, long Cost)> RewardAsync(HttpClient admin)
    {
        var name = $"护肤小样 {Guid.NewGuid():N}"[..14];
        using var created = await admin.PostAsJsonAsync(
            "/api/points/catalog", new { name, kind = "Gift", costPoints = 100, stock = 50 });
        created.EnsureSuccessStatusCode();
        return (name, 100);
    }
}
