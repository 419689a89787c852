terraform {
  required_version = ">= 1.5.0"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

variable "location" {
  type        = string
  description = "Azure region of every resource."
  default     = "westeurope"
}

resource "azurerm_resource_group" "sensors" {
  name     = "rg-sensors-${var.location}"
  location = var.location
}

resource "azurerm_postgresql_flexible_server" "readings" {
  name                = "psql-sensors-readings"
  resource_group_name = azurerm_resource_group.sensors.name
  location            = azurerm_resource_group.sensors.location
  sku_name            = "B_Standard_B1ms"
  tags = {
    component = "readings-database"
  }
}

output "database_fqdn" {
  value = azurerm_postgresql_flexible_server.readings.fqdn
}
