package org.hiproutine.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.repository.Repository;

public interface CatalogTextRepository extends Repository<CatalogText, String> {

  List<CatalogText> findAll();

  /** The article's paragraphs by code: {@link CatalogText#INTRODUCTION}, ... */
  default Map<String, String> paragraphs() {
    return findAll().stream().collect(Collectors.toMap(CatalogText::getCode, CatalogText::getBody));
  }
}
