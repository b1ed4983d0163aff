from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset


@_attrs_define(kw_only=True, repr=False)
class AboutInfo(DataObject):
    """This data object type describes system information
    including the name, type, version, and build number.

        Attributes:
            name (str): Short form of the product name.
            full_name (str): The complete product name, including the version information.
            vendor (str): Name of the vendor of this product.
            version (str): Dot-separated version string.

                For example, "1.2".
            patch_level (str | Unset): Patch level for the server.

                ***Since:*** vSphere API Release 7.0.2.0
            build (str): Build string for the server on which this call is made.

                For example, x.y.z-num.
                This string does not apply to the API.
            locale_version (str | Unset): Version of the message catalog for the current session's locale.
            locale_build (str | Unset): Build number for the current session's locale.

                Typically, this is a small number reflecting a
                localization change from the normal product build.
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
            instance_uuid (str | Unset): A globally unique identifier associated with this service instance.
            license_product_name (str | Unset): The license product name
            license_product_version (str | Unset): The license product version
    """

    _vim_type: ClassVar[str] = "AboutInfo"
    _vim_tag: ClassVar[str | None] = "AboutInfo"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("name", "name", "string", True),
        ("fullName", "full_name", "string", True),
        ("vendor", "vendor", "string", True),
        ("version", "version", "string", True),
        ("patchLevel", "patch_level", "string", False),
        ("build", "build", "string", True),
        ("localeVersion", "locale_version", "string", False),
        ("localeBuild", "locale_build", "string", False),
        ("osType", "os_type", "string", True),
        ("productLineId", "product_line_id", "string", True),
        ("apiType", "api_type", "string", True),
        ("apiVersion", "api_version", "string", True),
        ("instanceUuid", "instance_uuid", "string", False),
        ("licenseProductName", "license_product_name", "string", False),
        ("licenseProductVersion", "license_product_version", "string", False),
    )

    name: str
    full_name: str
    vendor: str
    version: str
    patch_level: str | Unset = UNSET
    build: str
    locale_version: str | Unset = UNSET
    locale_build: str | Unset = UNSET
    os_type: str
    product_line_id: str
    api_type: str
    api_version: str
    instance_uuid: str | Unset = UNSET
    license_product_name: str | Unset = UNSET
    license_product_version: str | Unset = UNSET
