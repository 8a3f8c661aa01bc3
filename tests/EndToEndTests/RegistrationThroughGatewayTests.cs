using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>gateway → Members → database + outbox → RabbitMQ → Points, through the running processes.</summary>
[Collection(StackCollection.Name)]
public class RegistrationThroughGatewayTests(StackFixture stack)
{
    [Fact]
    public async Task Without_a_token_the_gateway_answers_401()
    {
        using var response = await stack.Gateway.PostAsJsonAsync("/api/members", Registrations.NewMember());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_member_token_cannot_register_members()
    {
        using var member = await stack.ClientAsync("member", Guid.NewGuid());
        using var response = await member.PostAsJsonAsync("/api/members", Registrations.NewMember());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Staff_register_a_member_and_the_points_service_opens_the_account()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await staff.PostAsJsonAsync("/api/members", Registrations.NewMember());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var member = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = member.GetProperty("id").GetGuid();
        Assert.Equal($"/api/members/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Standard", member.GetProperty("tier").GetString());
        Assert.Matches("^[2-9A-HJ-NP-Z]{8}$", member.GetProperty("referralCode").GetString());

        using var readBack = await staff.GetAsync($"/api/members/{id}");
        Assert.Equal(HttpStatusCode.OK, readBack.StatusCode);

        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{id}")).StatusCode == HttpStatusCode.OK,
            StackFixture.EventTimeout, "Points opened the account after consuming MemberRegistered");
        var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{id}");
        Assert.Equal(0, account.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task A_bad_phone_is_a_400_problem_naming_the_field()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await staff.PostAsJsonAsync("/api/members", Registrations.NewMember(phone: "12345"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task An_unreadable_birth_date_is_a_400_problem_naming_the_field_not_a_500()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female",
            birthDate = "1990-13-45", homeStoreId = "SH-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("birthDate", out _), problem.ToString());
    }

    [Fact]
    public async Task A_duplicate_phone_is_a_409_even_written_differently()
    {
        using var staff = await stack.ClientAsync("staff");
        var phone = Registrations.NewPhone();
        await Registrations.RegisterAsync(staff, phone);

        using var duplicate = await staff.PostAsJsonAsync("/api/members",
            Registrations.NewMember(phone: $"+86 {phone[..3]} {phone[3..7]} {phone[7..]}"));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("phone",
            (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_member_sees_only_their_own_profile_and_points()
    {
        using var staff = await stack.ClientAsync("staff");
        var mine = await Registrations.RegisterAsync(staff);
        var theirs = await Registrations.RegisterAsync(staff);
        using var member = await stack.ClientAsync("member", mine);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/members/{mine}")).StatusCode);
        Assert.Equal(mine, (await member.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/members/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/points/accounts/{theirs}")).StatusCode);
        await Eventually.HoldsAsync(async () =>
            (await member.GetAsync("/api/points/accounts/me")).StatusCode == HttpStatusCode.OK,
            StackFixture.EventTimeout, "the member reads their own points account");
    }

    [Fact]
    public async Task Every_services_OpenAPI_document_is_reachable_through_the_gateway()
    {
        foreach (var service in new[] { "members", "points", "segmentation", "campaign", "notification", "feedback" })
        {
            using var response = await stack.Gateway.GetAsync($"/openapi/{service}/v1.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync());
        }
    }
}
