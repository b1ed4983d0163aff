from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AboutInfo")


@_attrs_define
class AboutInfo:
    """This data object type describes system information
    including the name, type, version, and build number.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            name (str): Short form of the product name.
            full_name (str): The complete product name, including the version information.
            vendor (str): Name of the vendor of this product.
            version (str): Dot-separated version string.

                For example, "1.2".
            build (str): Build string for the server on which this call is made.

                For example, x.y.z-num.
                This string does not apply to the API.
            os_type (str): Operating system type and architecture.

                Examples of values are:
                - "win32-x86" - For x86-based Windows systems.
                - "linux-x86" - For x86-based Linux systems.
                - "vmnix-x86" - For the x86 ESX Server microkernel.
                - "vmnix-arm64" - For the arm64 ESX Server microkernel.
            product_line_id (str): The product ID is a unique identifier for a product line.

                Examples of values are:
                - "gsx" - For the VMware Server product.
                - "esx" - For the ESX product.
                - "embeddedEsx" - For the ESXi product.
                - "esxio" - For the ESXio product.
                - "vpx" - For the VirtualCenter product.
            api_type (str): Indicates whether or not the service instance represents a
                standalone host.

                If the service instance represents a standalone host, then the physical
                inventory for that service instance is fixed to that single host.
                VirtualCenter server provides additional features over single hosts.
                For example, VirtualCenter offers multi-host management.

                Examples of values are:
                - "VirtualCenter" - For a VirtualCenter instance.
                - "HostAgent" - For host agent on an ESX Server or VMware Server host.
            api_version (str): The version of the API as a dot-separated string.

                For example, "1.0.0".
            patch_level (str | Unset): Patch level for the server.

                ***Since:*** vSphere API Release 7.0.2.0
            locale_version (str | Unset): Version of the message catalog for the current session's locale.
            locale_build (str | Unset): Build number for the current session's locale.

                Typically, this is a small number reflecting a
                localization change from the normal product build.
            instance_uuid (str | Unset): A globally unique identifier associated with this service instance.
            license_product_name (str | Unset): The license product name
            license_product_version (str | Unset): The license product version
    """

    field_type_name: str
    name: str
    full_name: str
    vendor: str
    version: str
    build: str
    os_type: str
    product_line_id: str
    api_type: str
    api_version: str
    patch_level: str | Unset = UNSET
    locale_version: str | Unset = UNSET
    locale_build: str | Unset = UNSET
    instance_uuid: str | Unset = UNSET
    license_product_name: str | Unset = UNSET
    license_product_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        name = self.name

        full_name = self.full_name

        vendor = self.vendor

        version = self.version

        build = self.build

        os_type = self.os_type

        product_line_id = self.product_line_id

        api_type = self.api_type

        api_version = self.api_version

        patch_level = self.patch_level

        locale_version = self.locale_version

        locale_build = self.locale_build

        instance_uuid = self.instance_uuid

        license_product_name = self.license_product_name

        license_product_version = self.license_product_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "name": name,
                "fullName": full_name,
                "vendor": vendor,
                "version": version,
                "build": build,
                "osType": os_type,
                "productLineId": product_line_id,
                "apiType": api_type,
                "apiVersion": api_version,
            }
        )
        if patch_level is not UNSET:
            field_dict["patchLevel"] = patch_level
        if locale_version is not UNSET:
            field_dict["localeVersion"] = locale_version
        if locale_build is not UNSET:
            field_dict["localeBuild"] = locale_build
        if instance_uuid is not UNSET:
            field_dict["instanceUuid"] = instance_uuid
        if license_product_name is not UNSET:
            field_dict["licenseProductName"] = license_product_name
        if license_product_version is not UNSET:
            field_dict["licenseProductVersion"] = license_product_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        name = d.pop("name")

        full_name = d.pop("fullName")

        vendor = d.pop("vendor")

        version = d.pop("version")

        build = d.pop("build")

        os_type = d.pop("osType")

        product_line_id = d.pop("productLineId")

        api_type = d.pop("apiType")

        api_version = d.pop("apiVersion")

        patch_level = d.pop("patchLevel", UNSET)

        locale_version = d.pop("localeVersion", UNSET)

        locale_build = d.pop("localeBuild", UNSET)

        instance_uuid = d.pop("instanceUuid", UNSET)

        license_product_name = d.pop("licenseProductName", UNSET)

        license_product_version = d.pop("licenseProductVersion", UNSET)

        about_info = cls(
            field_type_name=field_type_name,
            name=name,
            full_name=full_name,
            vendor=vendor,
            version=version,
            build=build,
            os_type=os_type,
            product_line_id=product_line_id,
            api_type=api_type,
            api_version=api_version,
            patch_level=patch_level,
            locale_version=locale_version,
            locale_build=locale_build,
            instance_uuid=instance_uuid,
            license_product_name=license_product_name,
            license_product_version=license_product_version,
        )

        about_info.additional_properties = d
        return about_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
