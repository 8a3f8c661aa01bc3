using Loyalty.Points.Api.Domain.Catalog;

namespace Loyalty.UnitTests.Points;

public class CatalogItemTests
{
    [Fact]
    public void A_coupon_item_may_name_the_coupon_template_it_issues()
    {
        var item = new CatalogItemDetails(
            "满 200 减 80 券", CatalogItemKind.Coupon, 500, CouponTemplateId: Guid.NewGuid());

        Assert.Empty(item.Validate());
    }

    [Theory]
    [InlineData(CatalogItemKind.Gift)]
    [InlineData(CatalogItemKind.Treatment)]
    public void Only_a_coupon_item_may_name_a_coupon_template(CatalogItemKind kind)
    {
        var item = new CatalogItemDetails("护肤礼盒", kind, 500, CouponTemplateId: Guid.NewGuid());

        Assert.Equal(["couponTemplateId"], item.Validate().Keys);
        Assert.Empty(new CatalogItemDetails("护肤礼盒", kind, 500).Validate());
    }

    [Fact]
    public void An_empty_template_id_is_refused()
    {
        var item = new CatalogItemDetails("券", CatalogItemKind.Coupon, 1, CouponTemplateId: Guid.Empty);

        Assert.Equal(["couponTemplateId"], item.Validate().Keys);
    }
}
