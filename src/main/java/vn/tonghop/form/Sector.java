package vn.tonghop.form;

/** A sector (khu vực) a CĐCS belongs to; derived figures and requirements may name the enterprise sectors. */
public record Sector(String code, String name, boolean enterprise) {
}
