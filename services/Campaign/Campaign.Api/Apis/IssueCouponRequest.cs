using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>Staff issue a coupon by hand.</summary>
/// <param name="TemplateId">The coupon template to issue.</param>
/// <param name="MemberId">The member who gets it.</param>
/// <param name="RequestId">Optional: a retried request with the same id issues once.</param>
public sealed record IssueCouponRequest(
    Guid? TemplateId, Guid? MemberId, Guid? RequestId = null) : IRequestExample<IssueCouponRequest>
{
    public static IssueCouponRequest Example { get; } = new(
        Guid.Parse("0193a5b2-6f00-7b11-8c3d-2a9e4f5b1c20"), OpenApiExamples.MemberId,
        Guid.Parse("0193a5b3-0a4d-7e2f-b1c8-3d7f9a2e5c41"));
}
