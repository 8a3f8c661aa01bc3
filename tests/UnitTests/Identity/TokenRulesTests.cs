using System.Security.Claims;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Domain.Staff;
using Loyalty.ServiceDefaults;
using OpenIddict.Abstractions;

namespace Loyalty.UnitTests.Identity;

public class TokenRulesTests
{
    [Fact]
    public void A_development_staff_token_carries_its_role_stores_and_the_platform_audience_in_the_access_token_only()
    {
        var outcome = Assert.IsType<SignInOutcome.SignedIn>(
            SignInForDevelopment.Handle("Staff", null, "Front desk", "SH-01, SH-02"));

        var principal = outcome.Principal;
        Assert.True(principal.IsInRole(Roles.Staff));
        Assert.True(principal.IsStaffOrAdmin());
        Assert.Null(principal.MemberId());
        Assert.Equal(["SH-01", "SH-02"], principal.FindAll(TokenPrincipal.StoreClaim).Select(c => c.Value));
        Assert.Equal([TokenPrincipal.Audience], principal.GetResources().ToArray());
        Assert.Equal(SignInForDevelopment.Lifetime, principal.GetAccessTokenLifetime());
        Assert.All(principal.Claims, claim => Assert.Equal(
            [OpenIddictConstants.Destinations.AccessToken], claim.GetDestinations().ToArray()));
    }

    [Fact]
    public void A_member_token_needs_a_member_id_and_sees_only_that_member()
    {
        var refused =
            Assert.IsType<SignInOutcome.Refused>(SignInForDevelopment.Handle("member", "not-a-guid", null, null));
        Assert.Contains("subject", refused.Description, StringComparison.Ordinal);
        Assert.True(refused.InvalidRequest);

        var memberId = Guid.NewGuid();
        var principal = Assert.IsType<SignInOutcome.SignedIn>(
            SignInForDevelopment.Handle("member", memberId.ToString(), null, null)).Principal;
        Assert.Equal(memberId, principal.MemberId());
        Assert.True(principal.MaySee(memberId));
        Assert.False(principal.MaySee(Guid.NewGuid()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("root")]
    public void Unknown_roles_are_refused_naming_the_role(string? role)
    {
        var refused = Assert.IsType<SignInOutcome.Refused>(SignInForDevelopment.Handle(role, null, null, null));
        Assert.StartsWith("role", refused.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_token_names_its_client_and_carries_only_the_scopes_granted()
    {
        var principal = SignInPartner.PrincipalFor("partner-0a1b", null, [ApiScopes.PurchasesWrite]);

        Assert.True(principal.IsInRole(Roles.Partner));
        Assert.False(principal.IsStaffOrAdmin());
        Assert.Equal("partner-0a1b", principal.FindFirstValue("client_id"));
        Assert.Equal([ApiScopes.PurchasesWrite], principal.GetScopes().ToArray());
    }

    [Theory]
    [InlineData(new[] { "staff" }, new string[0], "storeIds")]
    [InlineData(new[] { "cashier" }, new[] { "SH-01" }, "roles")]
    [InlineData(new string[0], new string[0], "roles")]
    public void Staff_accounts_need_known_roles_and_front_desk_accounts_their_stores(
        string[] roles, string[] stores, string field) =>
        Assert.Contains(field, StaffRoles.Validate(roles, stores).Keys);

    [Fact]
    public void An_admin_needs_no_store_and_a_front_desk_account_with_stores_is_fine()
    {
        Assert.Empty(StaffRoles.Validate([Roles.Admin], []));
        Assert.Empty(StaffRoles.Validate([Roles.Staff], ["SH-01"]));
    }
}
