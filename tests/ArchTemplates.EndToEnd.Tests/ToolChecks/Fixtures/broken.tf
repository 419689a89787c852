resource "azurerm_resource_group" "sensors" {
  name     = "rg-sensors"
  location =
}
