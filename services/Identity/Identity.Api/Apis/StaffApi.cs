using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Domain.Staff;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Identity.Api.Apis;

public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/staff").WithTags("Staff accounts").RequireAuthorization(Policies.Admin);
        api.MapPost("/", Create).WithSummary("Create a staff account with its roles and stores (admins only).");
        api.MapGet("/", List).WithSummary("The staff accounts, by user name.");
        api.MapPut("/{id:guid}/access", ChangeAccess).WithSummary("Replace an account's roles and stores.");
        api.MapPost("/{id:guid}/disable", Disable).WithSummary("Disable an account: it can no longer sign in.");
        api.MapPost("/{id:guid}/enable", Enable).WithSummary("Enable a disabled account again.");
        return app;
    }

    public static async Task<Results<Created<StaffResponse>, ValidationProblem, ProblemHttpResult>> Create(
        StaffRequest request, StaffAccounts accounts) =>
        request.Missing() is { Count: > 0 } missing ? TypedResults.ValidationProblem(missing)
        : await accounts.CreateAsync(
                request.UserName!, request.DisplayName!, request.Password!, request.Roles ?? [], request.StoreIds ?? [])
            switch
            {
                StaffOutcome.Done done => TypedResults.Created(
                    $"/api/identity/staff/{done.Staff.Id}", StaffResponse.From(done.Staff)),
                StaffOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
                _ => TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "This user name is taken.",
                    extensions: new Dictionary<string, object?> { ["field"] = "userName" }),
            };

    public static async Task<Ok<List<StaffResponse>>> List(
        IdentityServiceDbContext db, CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking().OrderBy(s => s.UserName).ToListAsync(cancellationToken);
        return TypedResults.Ok(staff.Select(StaffResponse.From).ToList());
    }

    public static async Task<Results<Ok<StaffResponse>, ValidationProblem, NotFound>> ChangeAccess(
        Guid id, StaffAccessRequest request, StaffAccounts accounts) =>
        Answer(await accounts.ChangeAccessAsync(id, request.Roles ?? [], request.StoreIds ?? []));

    public static async Task<Results<Ok<StaffResponse>, ValidationProblem, NotFound>> Disable(
        Guid id, StaffAccounts accounts) =>
        Answer(await accounts.DisableAsync(id));

    public static async Task<Results<Ok<StaffResponse>, ValidationProblem, NotFound>> Enable(
        Guid id, StaffAccounts accounts) =>
        Answer(await accounts.EnableAsync(id));

    private static Results<Ok<StaffResponse>, ValidationProblem, NotFound> Answer(StaffOutcome outcome) =>
        outcome switch
        {
            StaffOutcome.Done done => TypedResults.Ok(StaffResponse.From(done.Staff)),
            StaffOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => TypedResults.NotFound(),
        };
}

/// <summary>A new staff account.</summary>
/// <param name="UserName">What the person signs in with (letters, digits, . _ - @), unique.</param>
/// <param name="DisplayName">The name tokens and the console show.</param>
/// <param name="Password">At least 12 characters.</param>
/// <param name="Roles">One or more of staff (front desk), marketing, ops, admin.</param>
/// <param name="StoreIds">The stores a front-desk account acts for.</param>
public sealed record StaffRequest(
    string? UserName,
    string? DisplayName,
    string? Password,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? StoreIds = null)
    : IRequestExample<StaffRequest>
{
    /// <summary>The fields a new account cannot do without (its rules check the roles and stores).</summary>
    public Dictionary<string, string[]> Missing() =>
        new (string Field, string? Value)[]
            {
                ("userName", UserName), ("displayName", DisplayName), ("password", Password),
            }
            .Where(f => string.IsNullOrWhiteSpace(f.Value))
            .ToDictionary(f => f.Field, f => new[] { $"{f.Field} is required." });

    public static StaffRequest Example { get; } =
        new("wang.fang.example", "王芳", "front desk passphrase", ["staff"], ["SH-JINGAN-01"]);
}

/// <summary>An account's roles and stores.</summary>
/// <param name="Roles">One or more of staff (front desk), marketing, ops, admin.</param>
/// <param name="StoreIds">The stores a front-desk account acts for.</param>
public sealed record StaffAccessRequest(IReadOnlyList<string>? Roles, IReadOnlyList<string>? StoreIds = null)
    : IRequestExample<StaffAccessRequest>
{
    public static StaffAccessRequest Example { get; } = new(["staff", "marketing"], ["SH-JINGAN-01", "SH-XUHUI-02"]);
}

/// <summary>A staff account (never its password or lockout counters).</summary>
/// <param name="Id">The account's id: its tokens' subject.</param>
/// <param name="UserName">What the person signs in with.</param>
/// <param name="DisplayName">The name tokens and the console show.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="StoreIds">The stores it acts for.</param>
/// <param name="Disabled">Whether it is disabled.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record StaffResponse(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> StoreIds,
    bool Disabled, DateTimeOffset CreatedAt)
{
    public static StaffResponse From(StaffMember staff) =>
        new(staff.Id, staff.UserName ?? "", staff.DisplayName, staff.Roles, staff.StoreIds, staff.IsDisabled,
            staff.CreatedAt);
}
